using Microsoft.Playwright;

namespace CorpusPortal.Browser.Tests;

/// <summary>The search page as a reader uses it, over its circuit: hits follow the typing, facets narrow, the address follows.</summary>
public sealed class SearchInteractionTests(PortalServer portal) : IClassFixture<PortalServer>
{
    /// <summary>Opens a page and waits until its circuit is attached (the page marks itself), never a fixed sleep.</summary>
    private async Task<IPage> OpenConnected(string path)
    {
        var page = await portal.Open(path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        // A mark on this document: a page load would lose it.
        await page.EvaluateAsync("() => window.samePage = true");
        return page;
    }

    private static Task<bool> StillTheSamePage(IPage page) => page.EvaluateAsync<bool>("() => window.samePage === true");

    private static async Task<int> Total(IPage page) =>
        int.Parse((await page.Locator(".search-page p[role=status]").InnerTextAsync()).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Typing_köprü_shows_its_hits_without_a_page_load_and_the_address_follows()
    {
        var page = await OpenConnected("/search");

        await page.Locator("#search-q").PressSequentiallyAsync("köprü");

        // The circuit starting does not take the focus away from a reader who types at once.
        Assert.Equal("search-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Locator("ol.hits li").First.WaitForAsync();
        await page.WaitForURLAsync("**/search?q=k%C3%B6pr%C3%BC");
        Assert.Contains(await page.Locator("p.snippet mark").AllInnerTextsAsync(), m => m == "Köprüsü’nün");
        Assert.True(await StillTheSamePage(page));
        Assert.Equal("köprü · Arama · CorpusPortal", await page.TitleAsync());
    }

    [Fact]
    public async Task Suggestions_under_the_box_finish_the_word_being_typed()
    {
        var page = await OpenConnected("/search");

        await page.Locator("#search-q").PressSequentiallyAsync("Nahçıvan köp");

        await Assertions.Expect(page.Locator("datalist#search-suggestions option[value='Nahçıvan köprü ']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_facet_click_narrows_the_hits_and_a_second_click_takes_the_filter_out()
    {
        var page = await OpenConnected("/search?q=Karaba%C4%9F");
        var all = await Total(page);

        await page.Locator("aside.facets a", new() { HasTextString = "İngilizce" }).ClickAsync();

        await page.WaitForURLAsync("**/search?q=Karaba%C4%9F%20lang%3Aen");
        await Assertions.Expect(page.Locator("ol.hits li[lang=tr]")).ToHaveCountAsync(0);
        var english = await Total(page);
        Assert.True(english < all, $"{english} of {all}");
        Assert.Equal("Karabağ lang:en", await page.Locator("#search-q").InputValueAsync());

        var on = page.Locator("aside.facets a[aria-pressed=true]");
        Assert.Equal("İngilizce", await on.InnerTextAsync());
        await on.ClickAsync();
        await page.WaitForURLAsync("**/search?q=Karaba%C4%9F");
        await Assertions.Expect(page.Locator(".search-page p[role=status]")).ToHaveTextAsync($"{all} pasaj");
        Assert.True(await StillTheSamePage(page));
    }

    [Fact]
    public async Task Back_restores_the_previous_query_and_its_hits()
    {
        var page = await OpenConnected("/search?q=k%C3%B6pr%C3%BC");
        var first = await page.Locator("ol.hits a.hit-link").AllInnerTextsAsync();

        await page.Locator("#search-q").FillAsync("Nahçıvan");
        await page.WaitForURLAsync("**/search?q=Nah%C3%A7%C4%B1van");
        await Assertions.Expect(page.Locator("p.snippet mark").First).ToContainTextAsync("Nahçıvan");

        await page.GoBackAsync();

        await page.WaitForURLAsync("**/search?q=k%C3%B6pr%C3%BC");
        await Assertions.Expect(page.Locator("#search-q")).ToHaveValueAsync("köprü");
        Assert.Equal(first, await page.Locator("ol.hits a.hit-link").AllInnerTextsAsync());
        Assert.True(await StillTheSamePage(page));
    }

    [Fact]
    public async Task Slash_goes_to_the_box_arrows_move_through_the_hits_and_Enter_opens_one()
    {
        var page = await OpenConnected("/search?q=k%C3%B6pr%C3%BC");
        await page.Locator("h1").ClickAsync();

        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var second = page.Locator("ol.hits a.hit-link").Nth(1);
        Assert.True(await second.EvaluateAsync<bool>("a => a === document.activeElement"));
        var target = await second.GetAttributeAsync("href");

        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/documents/**");
        Assert.EndsWith(target!, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_to_English_on_the_search_page_keeps_the_query()
    {
        var context = await portal.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/search?q=k%C3%B6pr%C3%BC");
        await page.Locator("[data-interactive=true]").WaitForAsync();

        await page.ClickAsync("nav.ui-language a[lang=en]");

        await page.WaitForURLAsync("**/search?q=k%C3%B6pr%C3%BC");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator(".search-page p[role=status]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+ passages$"));
        await context.DisposeAsync();
    }
}
