using Microsoft.Playwright;

namespace CorpusPortal.Browser.Tests;

/// <summary>
/// The alignment editor in its circuit: an editor merges two Turkish sentences of 000's abstract into one
/// segment, saves, and the parallel view shows the merged pair after a reload; the history keeps the version
/// before it.
/// </summary>
public sealed class AlignmentEditorTests(PortalServer portal) : IClassFixture<PortalServer>
{
    private const string Id = "000_91073a8e0371b68b";

    private async Task<IPage> SignedIn(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + path);
        await page.WaitForURLAsync("**/editor/signin**");
        await PortalServer.SignIn(page);
        await page.WaitForURLAsync("**" + path);
        await page.WaitForSelectorAsync(".align-page[data-interactive=true]");
        return page;
    }

    private static ILocator Cell(IPage page, int row, string side) => page.Locator($"tr[data-row='{row}'] td[data-side='{side}']");

    [Fact]
    public async Task Merging_two_sentences_is_saved_and_shown_in_the_parallel_view_after_a_reload()
    {
        await using var context = await portal.Browser.NewContextAsync();
        var page = await SignedIn(context, $"/editor/align/{Id}");
        var first = await Cell(page, 1, "left").Locator("p").InnerTextAsync();
        var second = await Cell(page, 2, "left").Locator("p").InnerTextAsync();
        var english = await Cell(page, 1, "right").Locator("p").InnerTextAsync();

        await Cell(page, 1, "left").Locator("button.op", new() { HasText = "Birleştir" }).ClickAsync();
        await Assertions.Expect(Cell(page, 1, "left").Locator("p")).ToHaveTextAsync($"{first} {second}");
        await page.ClickAsync("#align-save");
        await page.WaitForSelectorAsync("#align-status .saved");

        await page.GotoAsync(portal.BaseUrl + $"/documents/{Id}?view=parallel");
        var merged = page.Locator(".pair .cell[lang=tr] .s").First;
        Assert.Equal($"{first} {second}", await merged.InnerTextAsync());
        var pair = await merged.GetAttributeAsync("data-pair");
        Assert.Equal(english, await page.Locator($".pair .cell[lang=en] .s[data-pair='{pair}']").InnerTextAsync());
        await page.GotoAsync(portal.BaseUrl + $"/editor/history/{Id}");
        Assert.Equal(1, await page.Locator("ol.versions li").CountAsync());
    }
}
