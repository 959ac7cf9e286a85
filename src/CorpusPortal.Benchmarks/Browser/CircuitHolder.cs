using System.Globalization;
using Microsoft.Playwright;

namespace CorpusPortal.Benchmarks.Browser;

/// <summary>
/// Opens N circuits (a Chromium context each, on one interactive page) and holds them open until the process is
/// stopped: the load script measures the server's throughput while they are open. Prints "holding N circuits" once
/// all are connected.
/// </summary>
public static class CircuitHolder
{
    public static async Task<int> Run(TextWriter output, string url, int circuits)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.Launch(playwright);
        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < circuits; i++)
        {
            contexts.Add(await CircuitMemory.Connect(browser, url));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"holding {contexts.Count} circuits"));
        await output.FlushAsync();
        await Task.Delay(Timeout.Infinite);
        return 0;
    }
}
