using Microsoft.Playwright;

namespace CorpusPortal.Benchmarks.Browser;

/// <summary>Debian's Chromium, headless, as the browser tests launch it (the load scripts install it; Playwright's own download is never used).</summary>
internal static class Chromium
{
    public static Task<IBrowser> Launch(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
}
