using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CorpusPortal.Web.Tests;

/// <summary>The portal over the repository's corpus, with its index in a temporary data folder.</summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "corpus-portal-" + Guid.NewGuid().ToString("N"));

    public static string RepositoryRoot { get; } = CorpusPortal.Tests.RepositoryRoot.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Corpus", Path.Combine(RepositoryRoot, "corpus"));
        builder.UseSetting("Data", DataFolder);
        // The tests send requests faster than any reader; the limits have their own tests (RateLimitTests).
        builder.UseSetting("RateLimits:Enabled", "false");
        builder.UseEnvironment("Production");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
