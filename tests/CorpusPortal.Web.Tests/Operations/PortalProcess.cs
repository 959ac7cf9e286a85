using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CorpusPortal.Model.Testing;

namespace CorpusPortal.Web.Tests.Operations;

/// <summary>
/// The built portal in a process of its own, as a service manager runs it: on a free port, in Production, on the
/// given corpus and data folders, started once it answers its health check. Killed (not stopped) when disposed.
/// </summary>
internal sealed class PortalProcess : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly HttpClientHandler _handler = new() { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
    private readonly TaskCompletionSource<string> _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PortalProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.StartsWith("kill point ", StringComparison.Ordinal) == true)
            {
                _reached.TrySetResult(line.Data["kill point ".Length..]);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>The repository's Release build of the portal (tests/run builds it first).</summary>
    public static string BuiltPortal => Path.Combine(CorpusPortal.Tests.RepositoryRoot.Path, "src", "CorpusPortal.Web", "bin", "Release", "net10.0", "CorpusPortal.Web.dll");

    /// <summary>
    /// Starts <paramref name="dll"/> (the built portal unless named) on <paramref name="corpus"/> and <paramref name="data"/>,
    /// from <paramref name="workingDirectory"/> when given (its content root then), stopping at <paramref name="killPoint"/>.
    /// </summary>
    public static async Task<PortalProcess> Start(string corpus, string data, string? killPoint = null, string? dll = null, string? workingDirectory = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }
        foreach (var argument in new[] { dll ?? BuiltPortal, "--urls", $"http://127.0.0.1:{port}", $"--Corpus={corpus}", $"--Data={data}", "--RateLimits:Enabled=false" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove(KillPoints.Variable);
        if (killPoint is not null)
        {
            start.Environment[KillPoints.Variable] = killPoint;
        }
        var portal = new PortalProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await portal.WaitUntilHealthy();
            return portal;
        }
        catch
        {
            portal.Dispose();
            throw;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilHealthy()
    {
        using var probe = new HttpClient { BaseAddress = Address };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await probe.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < StartLimit)
            {
            }
            Assert.False(_process.HasExited, "the portal stopped while starting");
            Assert.True(clock.Elapsed < StartLimit, "the portal did not start");
            await Task.Delay(200);
        }
    }

    /// <summary>A client of the portal, without cookies.</summary>
    public HttpClient Client() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(120) };

    /// <summary>A client signed in as the sandbox's editor.</summary>
    public async Task<HttpClient> SignedIn()
    {
        var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(120) };
        var response = await EditorSandbox.PostSignIn(client, EditorSandbox.Editor, EditorSandbox.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Whether the portal said it stopped at <paramref name="point"/> within a minute.</summary>
    public async Task<bool> Reached(string point) =>
        await Task.WhenAny(_reached.Task, Task.Delay(TimeSpan.FromSeconds(60))) == _reached.Task && _reached.Task.Result == point;

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
        _handler.Dispose();
    }
}
