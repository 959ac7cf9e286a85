using CorpusPortal.Corpus.Store;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Operations;

/// <summary>Saves cut off by a crash leave temporary files beside the corpus files and the data: they are removed at start.</summary>
public static class InterruptedSaveCleanup
{
    public static WebApplication RemoveInterruptedSaves(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<PortalOptions>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CorpusPortal.Start");
        foreach (var folder in new[] { options.CorpusFolder, Path.Combine(options.CorpusFolder, "raw"), options.DataFolder })
        {
            foreach (var name in InterruptedSaves.Clean(folder))
            {
                log.LogWarning("removed {File} in {Folder}, left by a save that was cut off", name, folder);
            }
        }
        return app;
    }
}
