using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;

namespace CorpusPortal.Web.Components.Circuits;

/// <summary>
/// How long the server keeps a reader's circuit and how much it buffers for it. A circuit holds view state only
/// (the query, the page of hits shown, the open panel): the corpus, the index and the analyzers are singletons that
/// every circuit shares, so these figures bound the per-reader cost.
/// </summary>
public static class CircuitSettings
{
    public static void Configure(CircuitOptions options)
    {
        // A phone that loses its connection for a moment (a tunnel, a switch of network) finds its page as it was;
        // after that the page reloads from its address, which holds the query.
        options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3);
        // Circuits kept for readers who went away; beyond this the oldest are dropped (their pages reload).
        options.DisconnectedCircuitMaxRetained = 200;
        // Render batches a slow connection may leave unacknowledged before the server waits for it: typing sends a
        // batch per search, and a reader on a slow line must not hold more than a few pages of markup in memory.
        options.MaxBufferedUnacknowledgedRenderBatches = 10;
        // A call into the browser (focus, scrolling) that takes longer than this is abandoned.
        options.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
        options.DetailedErrors = false;
    }

    public static void Configure(HubOptions options)
    {
        // The largest message a browser may send: an edited paper in the editor (the importer's limit is 8 MiB) is
        // sent in pieces by the framework's stream, so 64 KiB bounds what one keystroke or click can make the server read.
        options.MaximumReceiveMessageSize = 64 * 1024;
        options.ClientTimeoutInterval = TimeSpan.FromSeconds(30);
        options.KeepAliveInterval = TimeSpan.FromSeconds(15);
    }
}
