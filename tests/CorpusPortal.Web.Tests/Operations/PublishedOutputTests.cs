using System.Diagnostics;
using System.Net;

namespace CorpusPortal.Web.Tests.Operations;

/// <summary>
/// The portal as a service manager starts it: its published output, run from another directory with that directory
/// as its content root, serves its stylesheet and scripts and answers its health check.
/// </summary>
public sealed class PublishedOutputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-published-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task Run(string file, string arguments, string directory)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {arguments}: {await output}{await error}");
    }

    [Fact]
    public async Task Published_output_started_from_another_directory_serves_its_stylesheet_and_scripts()
    {
        var root = CorpusPortal.Tests.RepositoryRoot.Path;
        var app = Path.Combine(_folder, "app");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder, "elsewhere")).FullName;
        // The solution is built (tests/run builds it first): publishing copies that build's output and its static files.
        await Run("dotnet", $"publish \"{Path.Combine(root, "src", "CorpusPortal.Web")}\" -c Release --no-build --nologo -v quiet -o \"{app}\"", root);
        using var portal = await PortalProcess.Start(Path.Combine(root, "corpus"), Path.Combine(_folder, "data"),
            dll: Path.Combine(app, "CorpusPortal.Web.dll"), workingDirectory: elsewhere);
        using var client = portal.Client();

        var stylesheet = await client.GetAsync("/app.css");
        var script = await client.GetAsync("/_framework/blazor.web.js");
        var page = await client.GetStringAsync("/documents/002_f68ce36b87b3d29e");

        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Equal("text/css", stylesheet.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(root, "src", "CorpusPortal.Web", "wwwroot", "app.css")), await stylesheet.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 10_000);
        Assert.Contains("app.css", page, StringComparison.Ordinal);
    }
}
