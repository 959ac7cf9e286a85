using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace CorpusPortal.Benchmarks.Browser;

/// <summary>
/// Memory per circuit (issue 10's goal: at most 1.5 × the stock <c>dotnet new blazor --interactivity Server</c>
/// template, measured in the same run). For each server: a full garbage collection forced from outside
/// (<c>dotnet-gcdump</c> collects one), its resident memory read from /proc, then N Chromium contexts each open the
/// page and wait for its circuit, another forced collection, and the memory again. The difference over N is the
/// cost of one circuit with its page state, as a server holding many readers pays it.
/// </summary>
public static class CircuitMemory
{
    public sealed record Server(string Name, string Url, int Process);

    public static async Task<int> Run(TextWriter output, int circuits, string gcdump, IReadOnlyList<Server> servers)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.Launch(playwright);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory per circuit ({circuits} Chromium contexts on one page each, resident memory after a forced full collection)"));
        var perCircuit = new List<double>();
        foreach (var server in servers)
        {
            // One circuit first, so that code loaded on the first circuit is not counted as the circuits' memory.
            var warm = await Connect(browser, server.Url);
            await warm.DisposeAsync();
            var before = await Resident(server.Process, gcdump);
            var contexts = new List<IBrowserContext>();
            for (var i = 0; i < circuits; i++)
            {
                contexts.Add(await Connect(browser, server.Url));
            }
            var after = await Resident(server.Process, gcdump);
            var each = (after - before) / circuits;
            perCircuit.Add(each);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {server.Name,-34} {before,7:F1} MiB → {after,7:F1} MiB   {each,5:F2} MiB per circuit   ({server.Url})"));
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }
        if (perCircuit.Count == 2)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  the portal's circuit costs {perCircuit[0] / perCircuit[1]:F2} × the template's (goal: at most 1.5 ×)"));
        }
        return 0;
    }

    /// <summary>A new browser context on <paramref name="url"/>, once its circuit is connected.</summary>
    internal static async Task<IBrowserContext> Connect(IBrowser browser, string url)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var connected = new TaskCompletionSource();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("WebSocket connected", StringComparison.Ordinal))
            {
                connected.TrySetResult();
            }
        };
        await page.GotoAsync(url);
        await connected.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return context;
    }

    /// <summary>The process's resident memory in MiB, after a full collection (a gcdump forces one).</summary>
    private static async Task<double> Resident(int process, string gcdump)
    {
        var dump = Path.Combine(Path.GetTempPath(), $"circuits-{process}-{Guid.NewGuid():N}.gcdump");
        var start = new ProcessStartInfo(gcdump) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "collect", "-p", process.ToString(CultureInfo.InvariantCulture), "-o", dump })
        {
            start.ArgumentList.Add(argument);
        }
        using (var collect = Process.Start(start)!)
        {
            await collect.StandardOutput.ReadToEndAsync();
            await collect.WaitForExitAsync();
        }
        File.Delete(dump);
        await Task.Delay(1000);
        var line = File.ReadLines($"/proc/{process}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kib = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kib / 1024;
    }
}
