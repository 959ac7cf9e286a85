using System.Net;
using System.Xml.Linq;
using CorpusPortal.Web.Crawling;
using CorpusPortal.Web.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace CorpusPortal.Web.Tests.Crawling;

/// <summary>What crawlers and harvesters are told: the sitemap of every document and view, and robots.txt.</summary>
public sealed class CrawlingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly XNamespace Map = Sitemap.Namespace;

    private static IReadOnlyList<CorpusPortal.Model.Documents.Document> Seeds =>
        new CorpusPortal.Corpus.Store.CorpusFolder(Path.Combine(PortalFactory.RepositoryRoot, "corpus")).ReadAll().ToList();

    [Fact]
    public async Task The_sitemap_lists_every_document_in_its_views_and_the_public_pages_each_of_which_answers()
    {
        var client = portal.CreateClient();
        var response = await client.GetAsync("/sitemap.xml");

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Map + "urlset", sitemap.Root!.Name);
        var locations = sitemap.Root.Elements(Map + "url").Select(u => new Uri(u.Element(Map + "loc")!.Value)).ToList();
        var expected = Seeds.SelectMany(d => Sitemap.ViewsOf(d).Select(view => $"/documents/{d.Id}{view}")).Concat(Sitemap.PublicPages);
        // The English news article has its reading view only; the bilingual papers have all four.
        Assert.Equal(1, Seeds.Count(d => Sitemap.ViewsOf(d).Count() == 1));
        Assert.Equal(expected.Order(StringComparer.Ordinal), locations.Select(u => u.PathAndQuery).Order(StringComparer.Ordinal));
        foreach (var location in locations)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(location.PathAndQuery)).StatusCode);
        }
    }

    [Fact]
    public async Task Each_documents_pages_carry_the_date_it_was_last_published()
    {
        await using var sandbox = new EditorSandbox();
        // The copy's files date from today; the document was published again later than they were written.
        File.SetLastWriteTimeUtc(Path.Combine(sandbox.Corpus, "002_f68ce36b87b3d29e.md"), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var published = new DateTimeOffset(2026, 11, 30, 12, 30, 0, TimeSpan.Zero);
        sandbox.Factory.Services.GetRequiredService<VersionHistory>().Keep("002_f68ce36b87b3d29e", "---\n"u8.ToArray(), published);

        var sitemap = XDocument.Parse(await sandbox.Anonymous().GetStringAsync("/sitemap.xml"));

        var dates = sitemap.Root!.Elements(Map + "url")
            .Where(u => u.Element(Map + "loc")!.Value.Contains("/documents/002_f68ce36b87b3d29e", StringComparison.Ordinal))
            .Select(u => u.Element(Map + "lastmod")!.Value)
            .ToList();
        Assert.Equal(Sitemap.Views.Count, dates.Count);
        Assert.All(dates, date => Assert.Equal("2026-11-30T12:30:00Z", date));
    }

    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_the_editor_and_the_endless_query_pages_and_names_the_sitemap()
    {
        var response = await portal.CreateClient().GetAsync("/robots.txt");
        var robots = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("User-agent: *\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /editor\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /search\n", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /documents", robots, StringComparison.Ordinal);
        Assert.Matches(@"\nSitemap: https?://[^/\s]+/sitemap\.xml\n$", robots);
    }
}
