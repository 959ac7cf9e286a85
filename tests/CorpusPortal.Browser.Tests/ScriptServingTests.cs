using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace CorpusPortal.Browser.Tests;

/// <summary>
/// The framework's script (_framework/blazor.web.js), the stylesheet and the portal's own scripts are served however
/// the portal is started: the README's <c>dotnet run</c> (a Debug build, outside Development), a Release build's
/// output (from its folder, or from anywhere with the content root elsewhere), and <c>dotnet publish</c> output.
/// Without them no page has a circuit or a style, and nothing else would say so.
/// </summary>
public sealed partial class ScriptServingTests : IDisposable
{
    private static readonly string Repository = CorpusPortal.Tests.RepositoryRoot.Path;
    private static readonly string Project = Path.Combine(Repository, "src", "CorpusPortal.Web");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-hosting-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_READMEs_dotnet_run_serves_it()
    {
        await AssertServesScript("dotnet", ["run", "--project", Project, "--"], workingDirectory: Repository);
    }

    [Fact]
    public async Task A_Release_builds_output_serves_it_outside_Development()
    {
        var dll = Path.Combine(Project, "bin", "Release", "net10.0", "CorpusPortal.Web.dll");
        if (!File.Exists(dll))
        {
            Assert.Equal(0, await Run("dotnet", ["build", Project, "-c", "Release", "--nologo", "-v", "quiet"], Repository));
        }

        await AssertServesScript("dotnet", [dll], workingDirectory: Project);
    }

    [Fact]
    public async Task A_Release_build_started_from_another_folder_with_the_repository_as_content_root_serves_it()
    {
        var dll = Path.Combine(Project, "bin", "Release", "net10.0", "CorpusPortal.Web.dll");
        if (!File.Exists(dll))
        {
            Assert.Equal(0, await Run("dotnet", ["build", Project, "-c", "Release", "--nologo", "-v", "quiet"], Repository));
        }
        Directory.CreateDirectory(_folder);

        await AssertServesScript("dotnet", [dll, "--contentRoot", Repository], workingDirectory: _folder);
    }

    [Fact]
    public async Task Published_output_serves_it()
    {
        var published = Path.Combine(_folder, "published");
        Assert.Equal(0, await Run("dotnet", ["publish", Project, "-c", "Release", "-o", published, "--nologo", "-v", "quiet"], Repository));

        await AssertServesScript("dotnet", [Path.Combine(published, "CorpusPortal.Web.dll")], workingDirectory: published);
    }

    /// <summary>Starts the portal, reads the script's address from the search page, and fetches it.</summary>
    private async Task AssertServesScript(string command, string[] arguments, string workingDirectory)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(command) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Concat(["--urls", $"http://127.0.0.1:{port}", "--Corpus", Path.Combine(Repository, "corpus"), "--Data", Path.Combine(_folder, "data-" + port)]))
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var portal = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        portal.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        portal.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        portal.BeginOutputReadLine();
        portal.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            var page = await FirstAnswer(http, "/search?q=k%C3%B6pr%C3%BC", portal, output);
            var script = ScriptAddress().Match(page).Groups[1].Value;
            Assert.StartsWith("/_framework/blazor.web", script, StringComparison.Ordinal);

            var answer = await http.GetAsync(script);

            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{script}: {(int)answer.StatusCode}\n{output}");
            Assert.Equal("text/javascript", answer.Content.Headers.ContentType?.MediaType);
            Assert.True((await answer.Content.ReadAsByteArrayAsync()).Length > 10_000);
            var css = await http.GetAsync("/app.css");
            Assert.True(css.StatusCode == HttpStatusCode.OK, $"/app.css: {(int)css.StatusCode}\n{output}");
            Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
            var icon = await http.GetAsync("/favicon.svg");
            Assert.True(icon.StatusCode == HttpStatusCode.OK, $"/favicon.svg: {(int)icon.StatusCode}");
            Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
            var ownScripts = OwnScripts().Matches(page).Select(m => m.Groups[1].Value).ToList();
            Assert.Contains("/search-keys.js", ownScripts);
            foreach (var own in ownScripts)
            {
                Assert.True((await http.GetAsync(own)).StatusCode == HttpStatusCode.OK, $"{own} is not served");
            }
        }
        finally
        {
            portal.Kill(entireProcessTree: true);
            await portal.WaitForExitAsync();
        }
    }

    /// <summary>The page once the portal answers (building a Debug build and the index first takes a while).</summary>
    private static async Task<string> FirstAnswer(HttpClient http, string path, Process portal, System.Text.StringBuilder output)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(portal.HasExited, "the portal stopped:\n" + output);
            try
            {
                return await http.GetStringAsync(path);
            }
            catch (HttpRequestException) when (waited.Elapsed < TimeSpan.FromMinutes(4))
            {
                await Task.Delay(500);
            }
        }
    }

    private static async Task<int> Run(string command, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = workingDirectory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("<script src=\"([^\"]*blazor[^\"]*)\"")]
    private static partial Regex ScriptAddress();

    /// <summary>The portal's own scripts the page names (/footnotes.js, /find.js …).</summary>
    [GeneratedRegex("<script src=\"(/[a-z-]+\\.js)\"")]
    private static partial Regex OwnScripts();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
