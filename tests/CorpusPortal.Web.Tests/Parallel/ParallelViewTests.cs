namespace CorpusPortal.Web.Tests.Parallel;

/// <summary>The parallel view: Turkish and English columns, paired sections, aligned sentences, honest gaps.</summary>
public sealed class ParallelViewTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<AngleSharp.Dom.IDocument> Page(string id, string view = "parallel") =>
        Html.Parse(await portal.CreateClient().GetStringAsync($"/documents/{id}?view={view}"));

    [Fact]
    public async Task The_first_Turkish_sentence_of_000_is_paired_with_the_first_English_one()
    {
        var page = await Page("000_91073a8e0371b68b");

        var turkish = page.QuerySelector(".pair .cell[lang=tr] .s")!;
        var english = page.QuerySelector(".pair .cell[lang=en] .s")!;
        Assert.StartsWith("Bu araştırmada", turkish.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("In this research", english.TextContent, StringComparison.Ordinal);
        Assert.Equal(turkish.GetAttribute("data-pair"), english.GetAttribute("data-pair"));
        Assert.Equal("0", turkish.GetAttribute("tabindex"));
    }

    [Fact]
    public async Task Every_aligned_sentence_has_a_counterpart_in_the_other_column()
    {
        var page = await Page("000_91073a8e0371b68b");

        var left = page.QuerySelectorAll(".cell[lang=tr] .s").Select(s => s.GetAttribute("data-pair")).ToHashSet();
        var right = page.QuerySelectorAll(".cell[lang=en] .s").Select(s => s.GetAttribute("data-pair")).ToHashSet();
        Assert.True(left.Count >= 10);
        Assert.Equal(left, right);
    }

    [Fact]
    public async Task Body_sections_sit_beside_their_Extended_Abstract_sections()
    {
        var page = await Page("001_4fca9fe008e145b8");

        var rows = page.QuerySelectorAll(".parallel-row").Select(r => (
            Tr: r.QuerySelector(".col[lang=tr] h2")?.TextContent,
            En: r.QuerySelector(".col[lang=en] h2")?.TextContent)).ToList();
        Assert.Contains(("Giriş", "Introduction"), rows);
        Assert.Contains(("Sonuç, Tartışma ve Öneriler", "Conclusion, Discussion and Recommendations"), rows);
        Assert.Contains(("ÖZ", "ABSTRACT"), rows);
    }

    [Fact]
    public async Task Sections_without_a_counterpart_read_across_the_page_under_one_note()
    {
        var page = await Page("002_f68ce36b87b3d29e");

        var introduction = page.QuerySelectorAll(".parallel-single").Single(r => r.QuerySelectorAll("h2").Any(h => h.TextContent == "1. Giriş"));
        Assert.Equal("tr", introduction.GetAttribute("lang"));
        Assert.Equal("Bu bölümlerin İngilizce karşılığı yok.", introduction.QuerySelector(".no-counterpart")!.TextContent);
        Assert.True(introduction.QuerySelectorAll("h2").Length > 1, "the run holds every section in a row without a counterpart");
        Assert.Equal(page.QuerySelectorAll(".parallel-single").Length, page.QuerySelectorAll(".no-counterpart").Length);
    }

    [Fact]
    public async Task One_language_views_show_only_that_language()
    {
        var turkish = await Page("000_91073a8e0371b68b", "tr");
        var english = await Page("000_91073a8e0371b68b", "en");

        Assert.NotNull(turkish.GetElementById("abstract-tr"));
        Assert.Null(turkish.GetElementById("abstract-en"));
        Assert.NotNull(english.GetElementById("abstract-en"));
        Assert.Null(english.GetElementById("abstract-tr"));
    }
}
