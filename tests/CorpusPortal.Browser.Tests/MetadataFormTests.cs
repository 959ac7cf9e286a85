using Microsoft.Playwright;

namespace CorpusPortal.Browser.Tests;

/// <summary>
/// The metadata form as an editor uses it in Chromium, over its circuit: a mistyped date is named as it is typed,
/// and what is saved shows on the reading page and in its citations.
/// </summary>
public sealed class MetadataFormTests(PortalServer portal) : IClassFixture<PortalServer>
{
    private const string Id = "003_94344ba106347a29";

    [Fact]
    public async Task An_editor_enters_the_site_date_and_author_of_a_news_article_and_readers_can_cite_it()
    {
        await using var context = await portal.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/editor/metadata/" + Id);
        await PortalServer.SignIn(page);
        await page.WaitForSelectorAsync(".metadata-page[data-interactive=true]");

        await page.Locator("#published").PressSequentiallyAsync("18.04.2024");
        await Assertions.Expect(page.Locator("#published-problem")).ToContainTextAsync("YYYY-AA-GG");
        await Assertions.Expect(page.Locator("#metadata-save")).ToBeDisabledAsync();
        await page.Locator("#published").FillAsync("2024-04-18");
        await Assertions.Expect(page.Locator("#published-problem")).ToHaveCountAsync(0);
        await page.Locator("#container").PressSequentiallyAsync("Turan: Haber Ajansı");
        await page.ClickAsync("#add-author");
        await page.Locator("#author-1-family").PressSequentiallyAsync("Mirzazade");
        await page.Locator("#author-1-given").PressSequentiallyAsync("Aydin");
        await page.ClickAsync("#metadata-save");
        await Assertions.Expect(page.Locator("#metadata-status p.saved")).ToHaveTextAsync("Kaydedildi; önceki sürüm geçmişte.");

        await page.GotoAsync(portal.BaseUrl + "/documents/" + Id);
        var record = page.Locator("dl.document-meta");
        await Assertions.Expect(record).ToContainTextAsync("Aydin Mirzazade");
        await Assertions.Expect(record).ToContainTextAsync("Turan: Haber Ajansı");
        await Assertions.Expect(record).ToContainTextAsync("18 Nisan 2024");
        await Assertions.Expect(page.Locator("figure.citation-style p.formatted-citation").First)
            .ToContainTextAsync("Mirzazade, A. (2024, 18 Nisan). What does Russia want from Azerbaijan in exchange for the withdrawal of its troops? Turan: Haber Ajansı.");
        Assert.Equal("Mirzazade, Aydin", await page.GetAttributeAsync("meta[name=citation_author]", "content"));
        var bib = await (await page.APIRequest.GetAsync(portal.BaseUrl + $"/documents/{Id}/cite.bib")).TextAsync();
        Assert.Contains("author = {Mirzazade, Aydin}", bib, StringComparison.Ordinal);

        // The library names the document with its author and year too.
        await page.GotoAsync(portal.BaseUrl + "/documents");
        var entry = page.Locator("ul.library li", new() { Has = page.Locator($"a[href='/documents/{Id}']") });
        await Assertions.Expect(entry.Locator(".byline")).ToHaveTextAsync("Aydin Mirzazade");
        await Assertions.Expect(entry.Locator(".meta")).ToContainTextAsync("2024");
    }
}
