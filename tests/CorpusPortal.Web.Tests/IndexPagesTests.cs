namespace CorpusPortal.Web.Tests;

/// <summary>The archive index and the works index, and the links to them from the reading view.</summary>
public sealed class IndexPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<AngleSharp.Dom.IDocument> Page(string path) => Html.Parse(await portal.CreateClient().GetStringAsync(path));

    [Fact]
    public async Task The_archive_index_groups_units_by_archive_and_fonds_with_every_citing_passage()
    {
        var page = await Page("/archive");

        var unit = page.GetElementById("u-bca-30-18-1-2-669-133-4")!;
        Assert.Contains("1991-01-05", unit.TextContent, StringComparison.Ordinal);
        Assert.All(unit.QuerySelectorAll("li a"), a => Assert.StartsWith("/documents/001_4fca9fe008e145b8#", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.All(unit.QuerySelectorAll("li a"), a => Assert.Matches(@"^Turkey's Relations with Azerbaijan .*, ¶ \d+$", a.TextContent));
        Assert.NotNull(page.GetElementById("archive-BCA"));
        Assert.NotNull(page.GetElementById("archive-TDA"));
        Assert.DoesNotContain("archival-probable-typo", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tr", "BCA · Cumhurbaşkanlığı Devlet Arşivleri, Cumhuriyet Arşivi", "TDA · Türk Diplomatik Arşivi")]
    [InlineData("en", "BCA · Presidency of the Republic of Türkiye State Archives, Republican Archives", "TDA · Turkish Diplomatic Archives")]
    public async Task The_archive_index_names_each_archive_from_the_registry_in_the_interface_language(string language, string bca, string tda)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/archive");
        request.Headers.Add("Cookie", $"corpus-ui-lang={language}");

        var page = Html.Parse(await (await portal.CreateClient().SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Equal(bca, page.GetElementById("archive-BCA")!.TextContent);
        Assert.Equal(tda, page.GetElementById("archive-TDA")!.TextContent);
    }

    [Fact]
    public async Task The_works_index_shows_Aslanli_cited_by_both_journal_articles()
    {
        var page = await Page("/works");

        var aslanli = page.GetElementById("a-aslanli")!;
        var documents = aslanli.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")!.Split('#')[0]).Distinct().Order().ToList();
        Assert.Equal(["/documents/001_4fca9fe008e145b8", "/documents/002_f68ce36b87b3d29e"], documents);
        Assert.Contains(aslanli.QuerySelectorAll("li a"), a => a.TextContent.StartsWith("An Important Crossroads", StringComparison.Ordinal) && a.TextContent.Contains(", dipnot ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Citations_in_the_text_link_to_their_index_entries()
    {
        var reading = await Page("/documents/001_4fca9fe008e145b8");
        var archive = await Page("/archive");
        var works = await Page("/works");

        var links = reading.QuerySelectorAll("a.citation").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/archive#u-bca-30-18-1-2-669-133-4", links);
        Assert.Contains(links, l => l.StartsWith("/works#a-", StringComparison.Ordinal));
        Assert.All(links.Where(l => l.StartsWith("/archive#", StringComparison.Ordinal)), l => Assert.NotNull(archive.GetElementById(l.Split('#')[1])));
        Assert.All(links.Where(l => l.StartsWith("/works#", StringComparison.Ordinal)), l => Assert.NotNull(works.GetElementById(l.Split('#')[1])));
    }

    [Fact]
    public async Task Footnotes_with_a_work_link_to_the_works_index()
    {
        var reading = await Page("/documents/002_f68ce36b87b3d29e");

        var link = reading.GetElementById("fn-2")!.QuerySelector("a.works-link")!;
        Assert.Equal("/works#a-aslanli", link.GetAttribute("href"));
    }
}
