using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CorpusPortal.Web.Operations;

/// <summary>
/// Behind a reverse proxy (docs/deploy.md), the client's address and scheme come from the proxy's
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, but only from proxies the portal trusts: those on the same
/// machine, and the addresses listed in <c>ForwardedHeaders:KnownProxies</c> (comma-separated). Rate limits then count
/// each reader, not the proxy, and addresses are written with https.
/// </summary>
public static class Proxy
{
    public static IServiceCollection AddProxySupport(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in (configuration["ForwardedHeaders:KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                options.KnownProxies.Add(IPAddress.TryParse(address, out var proxy)
                    ? proxy
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{address}' is not an IP address"));
            }
        });
}
