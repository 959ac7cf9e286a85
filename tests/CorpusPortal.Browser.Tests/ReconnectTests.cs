using Microsoft.Playwright;

namespace CorpusPortal.Browser.Tests;

/// <summary>A reader on an interactive page while the server restarts (its own portal: the test stops it).</summary>
public sealed class ReconnectTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task A_server_restart_shows_the_reconnect_dialog_and_the_page_comes_back_with_its_query()
    {
        var page = await portal.Open("/search?q=k%C3%B6pr%C3%BC");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var dialog = page.Locator("#components-reconnect-modal");
        Assert.False(await dialog.IsVisibleAsync());

        await portal.Stop();

        await Assertions.Expect(dialog).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(dialog.Locator("#reconnect-message")).ToContainTextAsync("Sunucuyla bağlantı koptu");
        Assert.Equal("alertdialog", await dialog.GetAttributeAsync("role"));

        // The new server does not know the old circuit: the page reloads from its address and gets a new one.
        await page.RunAndWaitForRequestAsync(() =>
        {
            portal.StartAgain();
            return Task.CompletedTask;
        }, request => request.IsNavigationRequest, new() { Timeout = 60_000 });

        await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 60_000 });
        Assert.EndsWith("/search?q=k%C3%B6pr%C3%BC", page.Url, StringComparison.Ordinal);
        Assert.NotEqual(0, await page.Locator("ol.hits li").CountAsync());
        Assert.False(await dialog.IsVisibleAsync());
    }
}
