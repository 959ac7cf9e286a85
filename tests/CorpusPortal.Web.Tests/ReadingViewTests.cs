namespace CorpusPortal.Web.Tests;

/// <summary>The reading view: paragraphs with anchors, footnotes linked both ways, tables as tables, languages marked.</summary>
public sealed class ReadingViewTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<AngleSharp.Dom.IDocument> Page(string id) => Html.Parse(await portal.CreateClient().GetStringAsync($"/documents/{id}"));

    [Fact]
    public async Task Every_footnote_marker_links_to_its_note_and_back()
    {
        var page = await Page("002_f68ce36b87b3d29e");

        var notes = page.QuerySelectorAll("section.footnotes li");
        Assert.Equal(55, notes.Length);
        foreach (var note in notes)
        {
            var back = note.QuerySelector("a.back")!.GetAttribute("href")!;
            Assert.NotNull(page.GetElementById(back.TrimStart('#')));
        }
        var markers = page.QuerySelectorAll("sup.fn-marker a");
        Assert.Equal(55, markers.Select(m => m.GetAttribute("href")).Distinct().Count());
        Assert.All(markers, m => Assert.NotNull(page.GetElementById(m.GetAttribute("href")!.TrimStart('#'))));
    }

    [Fact]
    public async Task Paragraphs_have_their_anchors_and_a_link_to_themselves()
    {
        var page = await Page("001_4fca9fe008e145b8");

        var paragraph = page.GetElementById("p-13")!;
        Assert.Contains("Hasret Köprüsü", paragraph.TextContent, StringComparison.Ordinal);
        Assert.Equal("/documents/001_4fca9fe008e145b8#p-13", paragraph.QuerySelector("a.anchor-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Sections_and_paragraphs_carry_their_language()
    {
        var page = await Page("000_91073a8e0371b68b");

        Assert.Equal("tr", page.GetElementById("abstract-tr")!.GetAttribute("lang"));
        Assert.Equal("en", page.GetElementById("abstract-en")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Tables_are_tables_with_caption_header_and_source()
    {
        var page = await Page("001_4fca9fe008e145b8");

        var table = page.QuerySelector("figure.table")!;
        Assert.Contains("Yardım Malzemesi", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Cinsi", "Miktarı", "Değeri"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Contains("30-18-1-2/654-61-6", table.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turkish_letters_are_sent_as_themselves()
    {
        var html = await portal.CreateClient().GetStringAsync("/documents/001_4fca9fe008e145b8");

        Assert.Contains("Köprüsü", html, StringComparison.Ordinal);
        // Only the five HTML-significant characters are escaped; the apostrophe is one of them (&#x27;).
        Assert.DoesNotMatch("&#x(?!27;|22;|26;|3C;|3E;)", html);
    }

    [Fact]
    public async Task A_footnote_marker_carries_its_note_for_showing_in_place()
    {
        var page = await Page("002_f68ce36b87b3d29e");

        var marker = page.QuerySelector("a[href='#fn-1']")!;
        var note = page.GetElementById(marker.GetAttribute("aria-describedby")!)!;
        Assert.Equal("tooltip", note.GetAttribute("role"));
        Assert.StartsWith("1. Sevilay Yıldırım", note.TextContent, StringComparison.Ordinal);
    }
}
