using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;

namespace CorpusPortal.Web.Tests.OpenData;

/// <summary>Each document as TEI P5 at <c>/documents/{id}/tei.xml</c>, linked from its reading page, revalidated by its ETag.</summary>
public sealed class TeiDownloadTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly XNamespace T = "http://www.tei-c.org/ns/1.0";

    [Theory]
    [InlineData("tr")]
    [InlineData("en")]
    public async Task The_reading_page_links_the_TEI_of_its_document_which_names_the_page(string language)
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"corpus-ui-lang={language}");
        var page = Html.Parse(await client.GetStringAsync("/documents/002_f68ce36b87b3d29e"));
        var link = page.QuerySelector("a[href$='/tei.xml']")!;
        Assert.Equal(language == "tr" ? "Tam metin, dijital edisyonlar için:" : "The whole text, for digital editions:", link.ParentElement!.QuerySelector("span")!.TextContent);

        var response = await client.GetAsync(link.GetAttribute("href"));

        Assert.Equal("application/tei+xml", response.Content.Headers.ContentType?.MediaType);
        var tei = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(T + "TEI", tei.Name);
        var address = tei.Descendants(T + "idno").Single(i => (string?)i.Attribute("type") == "URI").Value;
        Assert.Equal("/documents/002_f68ce36b87b3d29e", new Uri(address).AbsolutePath);
        Assert.Equal(55, tei.Descendants(T + "note").Count(n => (string?)n.Attribute("place") == "foot"));
    }

    [Fact]
    public async Task A_client_with_the_current_version_is_told_it_has_not_changed()
    {
        var client = portal.CreateClient();
        var first = await client.GetAsync("/documents/000_91073a8e0371b68b/tei.xml");
        Assert.NotNull(first.Headers.ETag);
        Assert.True(first.Headers.CacheControl?.MaxAge > TimeSpan.Zero);

        var again = new HttpRequestMessage(HttpMethod.Get, "/documents/000_91073a8e0371b68b/tei.xml");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        var other = new HttpRequestMessage(HttpMethod.Get, "/documents/000_91073a8e0371b68b/tei.xml");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task A_document_that_does_not_exist_has_no_TEI()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync("/documents/999_0000000000000000/tei.xml")).StatusCode);
    }
}
