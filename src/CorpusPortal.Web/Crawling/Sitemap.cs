using System.Globalization;
using System.Xml;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Crawling;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org 0.9): the portal's public pages, and every document in each of its views (the
/// reading view; for a paper in Turkish and English also the parallel, Turkish-only and English-only views), each
/// document's pages with the date it was last published (its newest kept version, else its canonical file's date).
/// </summary>
public static class Sitemap
{
    /// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c>, for crawlers.</summary>
    public static IEndpointRouteBuilder MapCrawling(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", (CorpusLibrary library, PublishDates dates, PortalOptions options, HttpContext http) =>
            Answer(library, dates, options.BaseUrlFor(http.Request)));
        app.MapGet("/robots.txt", (PortalOptions options, HttpContext http) => Robots.Answer(options.BaseUrlFor(http.Request)));
        return app;
    }

    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The pages that are not a document's: home, library, archive and works indexes, information pages.</summary>
    public static readonly IReadOnlyList<string> PublicPages = ["/", "/documents", "/archive", "/works", "/statistics", "/about", "/how-to-cite", "/licence", "/contact"];

    /// <summary>A bilingual document's views, as query strings of its reading page.</summary>
    public static readonly IReadOnlyList<string> Views = ["", "?view=parallel", "?view=tr", "?view=en"];

    /// <summary>The views a document has: all of <see cref="Views"/> when it is in Turkish and English, else its reading view.</summary>
    public static IEnumerable<string> ViewsOf(CorpusPortal.Model.Documents.Document document) =>
        document.Languages.Contains("tr") && document.Languages.Contains("en") ? Views : [""];

    public static IResult Answer(CorpusLibrary library, PublishDates dates, string baseUrl)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            var newest = DateTimeOffset.MinValue;
            foreach (var document in library.Documents.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                var modified = dates.LastPublished(document.Id);
                newest = modified > newest ? modified : newest;
                foreach (var view in ViewsOf(document))
                {
                    Url(xml, $"{baseUrl}/documents/{Uri.EscapeDataString(document.Id)}{view}", modified);
                }
            }
            foreach (var page in PublicPages)
            {
                // The lists change when a document does; the information pages with the portal.
                Url(xml, baseUrl + page, page is "/" or "/documents" or "/archive" or "/works" or "/statistics" && newest > DateTimeOffset.MinValue ? newest : null);
            }
            xml.WriteEndElement();
        }
        return Results.Bytes(stream.ToArray(), "application/xml; charset=utf-8");
    }

    private static void Url(XmlWriter xml, string location, DateTimeOffset? modified)
    {
        xml.WriteStartElement("url", Namespace);
        xml.WriteElementString("loc", Namespace, location);
        if (modified is { } date)
        {
            xml.WriteElementString("lastmod", Namespace, date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
        xml.WriteEndElement();
    }
}
