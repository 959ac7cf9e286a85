namespace CorpusPortal.Web.Tests;

/// <summary>"Cite this" (formatted, BibTeX, RIS) and the Highwire meta tags reference managers read.</summary>
public sealed class CitingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Document_pages_carry_Highwire_citation_meta_tags()
    {
        var page = Html.Parse(await portal.CreateClient().GetStringAsync("/documents/002_f68ce36b87b3d29e"));

        string? Meta(string name) => page.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");
        Assert.Equal("An Important Crossroads in Azerbaijan-Turkey Relations: Second Karabakh War", Meta("citation_title"));
        Assert.Equal("2021", Meta("citation_publication_date"));
        Assert.EndsWith("/documents/002_f68ce36b87b3d29e", Meta("citation_abstract_html_url"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BibTeX_and_RIS_downloads_describe_the_document()
    {
        var client = portal.CreateClient();

        var bib = await client.GetStringAsync("/documents/002_f68ce36b87b3d29e/cite.bib");
        var ris = await client.GetStringAsync("/documents/002_f68ce36b87b3d29e/cite.ris");

        Assert.StartsWith("@article{2021important,", bib, StringComparison.Ordinal);
        Assert.Contains("year = {2021}", bib, StringComparison.Ordinal);
        Assert.Contains("url = {http://localhost/documents/002_f68ce36b87b3d29e}", bib, StringComparison.Ordinal);
        Assert.StartsWith("TY  - JOUR\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("PY  - 2021\r\n", ris, StringComparison.Ordinal);
        Assert.EndsWith("ER  - \r\n", ris, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paragraph_can_be_cited_on_its_own()
    {
        var client = portal.CreateClient();

        var bib = await client.GetStringAsync("/documents/001_4fca9fe008e145b8/cite.bib?p=p-13");
        var page = Html.Parse(await client.GetStringAsync("/documents/001_4fca9fe008e145b8?cite=p-13"));

        Assert.Contains("url = {http://localhost/documents/001_4fca9fe008e145b8#p-13}", bib, StringComparison.Ordinal);
        Assert.Contains("note = {¶ 13}", bib, StringComparison.Ordinal);
        Assert.Contains("#p-13", page.QuerySelector("p.formatted-citation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Metin içinde: (“Turkey's Relations with Azerbaijan in…”, t.y., para. 13)", page.QuerySelector("p.in-text")!.TextContent);
    }

    [Theory]
    [InlineData("/documents/no-such/cite.bib")]
    [InlineData("/documents/002_f68ce36b87b3d29e/cite.pdf")]
    public async Task Unknown_documents_and_formats_are_not_found(string path)
    {
        var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_search_hit_opened_from_the_results_is_marked_in_place()
    {
        var page = Html.Parse(await portal.CreateClient().GetStringAsync("/documents/001_4fca9fe008e145b8?q=k%C3%B6pr%C3%BC"));

        var marks = page.GetElementById("p-13")!.QuerySelectorAll("mark").Select(m => m.TextContent).ToList();
        Assert.Contains("Köprüsü’nün", marks);
        Assert.Contains("köprünün", marks);
    }
}
