using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace CorpusPortal.Web.Operations;

/// <summary>
/// Responses compressed (Brotli, else gzip) when the client accepts it: pages, JSON, TEI, OAI-PMH, CSV. Not the
/// editor's pages, which carry an antiforgery token beside text an editor typed (compressing secrets with typed text
/// over HTTPS is what BREACH attacks). Static files are served precompressed by the static asset endpoints.
/// </summary>
public static class Compression
{
    public static IServiceCollection AddCompression(this IServiceCollection services)
    {
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "application/tei+xml", "text/csv", "image/svg+xml"];
        });
    }

    public static IApplicationBuilder UseCompression(this IApplicationBuilder app) =>
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/editor"), branch => branch.UseResponseCompression());
}
