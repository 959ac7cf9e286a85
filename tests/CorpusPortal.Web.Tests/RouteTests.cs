using System.Net;

namespace CorpusPortal.Web.Tests;

/// <summary>Every page answers at its address, with the right status code.</summary>
public sealed class RouteTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/documents", HttpStatusCode.OK)]
    [InlineData("/documents?kind=journal-article&lang=tr", HttpStatusCode.OK)]
    [InlineData("/documents/002_f68ce36b87b3d29e", HttpStatusCode.OK)]
    [InlineData("/search", HttpStatusCode.OK)]
    [InlineData("/search?q=k%C3%B6pr%C3%BC", HttpStatusCode.OK)]
    [InlineData("/search?q=lang%3Axx", HttpStatusCode.OK)]
    [InlineData("/documents/no-such-document", HttpStatusCode.NotFound)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/api/search?q=k%C3%B6pr%C3%BC", HttpStatusCode.OK)]
    [InlineData("/api/search?q=lang%3Axx", HttpStatusCode.BadRequest)]
    public async Task Answers_with_the_expected_status(string path, HttpStatusCode expected)
    {
        var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_home_page_gives_the_corpus_at_a_glance()
    {
        var page = Html.Parse(await portal.CreateClient().GetStringAsync("/"));

        Assert.Contains("4", page.QuerySelector("dl.counts dd")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[action='/search'] input[name=q]"));
    }

    [Fact]
    public async Task The_library_filters_by_kind()
    {
        var page = Html.Parse(await portal.CreateClient().GetStringAsync("/documents?kind=journal-article"));

        var links = page.QuerySelectorAll("ul.library a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/documents/001_4fca9fe008e145b8", "/documents/002_f68ce36b87b3d29e"], links);
    }

    [Fact]
    public async Task Not_found_pages_say_so()
    {
        var response = await portal.CreateClient().GetAsync("/documents/no-such-document");

        Assert.Contains("Bulunamadı", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
