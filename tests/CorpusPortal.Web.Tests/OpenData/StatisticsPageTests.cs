namespace CorpusPortal.Web.Tests.OpenData;

/// <summary>The statistics page: a form that asks, tables that answer, in both interface languages, and no error for odd addresses.</summary>
public sealed class StatisticsPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<AngleSharp.Dom.IDocument> Page(string path, string language)
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"corpus-ui-lang={language}");
        return Html.Parse(await client.GetStringAsync(path));
    }

    [Fact]
    public async Task The_bare_page_is_the_form_alone()
    {
        var page = await Page("/statistics", "tr");

        Assert.Equal("Derlem istatistikleri", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("form.statistics-form"));
        Assert.Null(page.QuerySelector("table.statistics-table"));
        Assert.Equal(5, page.QuerySelectorAll("#statistics-document option").Length);
    }

    [Theory]
    [InlineData("en", "“What does Russia want from Azerbaijan in exchange for the withdrawal of its troops?”: ")]
    [InlineData("tr", "“What does Russia want from Azerbaijan in exchange for the withdrawal of its troops?”: ")]
    public async Task A_documents_keywords_are_summed_up_under_its_title_in_quotes(string language, string start)
    {
        var page = await Page("/statistics?show=keywords&document=003_94344ba106347a29", language);

        Assert.StartsWith(start, page.QuerySelector("#statistics-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("table.statistics-table tbody tr"));
    }

    [Theory]
    [InlineData("tr", "Eşdizimliler", "Birlikte")]
    [InlineData("en", "Collocations", "Together")]
    public async Task Collocations_are_a_table_headed_in_the_interface_language(string language, string caption, string together)
    {
        var page = await Page("/statistics?show=collocations&word=Azerbaycan&language=tr", language);

        Assert.Equal(caption, page.QuerySelector("table.statistics-table caption")!.TextContent);
        Assert.Contains(together, page.QuerySelectorAll("table.statistics-table th").Select(th => th.TextContent));
        Assert.NotEmpty(page.QuerySelectorAll("table.statistics-table tbody tr"));
        Assert.StartsWith("/api/statistics/collocations?format=csv", page.QuerySelector("a.csv")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/statistics?show=keywords", "tr", "Anahtar sözcüklerini istediğiniz belgeyi seçin.")]
    [InlineData("/statistics?show=collocations", "en", "Type the word whose collocates you want.")]
    [InlineData("/statistics?show=frequencies&q=lang%3Axx", "en", "lang:xx")]
    public async Task What_is_missing_or_wrong_is_said_in_words(string path, string language, string message)
    {
        var page = await Page(path, language);

        Assert.Contains(message, page.QuerySelector("p.error")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/statistics?show=evil&window=abc&min=-3&by=lemma&document=..%2F..&language=de")]
    [InlineData("/statistics?show=collocations&word=%00&window=999")]
    public async Task Odd_addresses_get_the_page_with_its_defaults(string path)
    {
        var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
