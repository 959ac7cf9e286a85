using System.Xml;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Web.Harvesting;

/// <summary>
/// A document as simple Dublin Core (<c>oai_dc</c>): titles, keywords and abstracts in each of their languages
/// (<c>xml:lang</c>), authors inverted, the date published, the resource type in DCMI and OpenAIRE vocabularies, the
/// portal's address and the DOI as identifiers, the journal as the source.
/// </summary>
public static class OaiDublinCore
{
    public const string Prefix = "oai_dc";

    public const string Namespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    public const string Schema = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

    public const string Elements = "http://purl.org/dc/elements/1.1/";

    public static void Write(XmlWriter xml, Document document, string portalBase)
    {
        var meta = document.Metadata;
        var publication = meta.Publication;
        xml.WriteStartElement(Prefix, "dc", Namespace);
        xml.WriteAttributeString("xmlns", "dc", null, Elements);
        xml.WriteAttributeString("xmlns", "xsi", null, OaiXml.Instance);
        xml.WriteAttributeString("xsi", "schemaLocation", OaiXml.Instance, $"{Namespace} {Schema}");
        foreach (var (language, title) in meta.Titles.OrderBy(t => t.Key == meta.PrimaryLanguage ? 0 : 1).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            Element(xml, "title", title, language);
        }
        foreach (var author in meta.Authors)
        {
            Element(xml, "creator", author.Inverted);
        }
        foreach (var keywords in meta.Keywords)
        {
            foreach (var term in keywords.Terms)
            {
                Element(xml, "subject", term, keywords.Language);
            }
        }
        foreach (var section in document.Abstracts.Where(s => s.Kind == SectionKind.Abstract))
        {
            var text = string.Join("\n\n", section.Blocks.OfType<Paragraph>().Select(p => p.Text));
            if (text.Length > 0)
            {
                Element(xml, "description", text, section.Language);
            }
        }
        Element(xml, "publisher", publication.Publisher);
        Element(xml, "date", publication.Published?.ToString());
        Element(xml, "type", "Text");
        Element(xml, "type", meta.Kind switch
        {
            DocumentKind.JournalArticle => "info:eu-repo/semantics/article",
            DocumentKind.NewsArticle => "info:eu-repo/semantics/contributionToPeriodical",
            _ => "info:eu-repo/semantics/other",
        });
        Element(xml, "format", "text/html");
        Element(xml, "identifier", $"{portalBase}/documents/{Uri.EscapeDataString(meta.Id)}");
        Element(xml, "identifier", publication.Doi is { } doi ? "https://doi.org/" + doi : null);
        Element(xml, "source", Source(publication));
        foreach (var language in document.Languages.Where(l => l != Languages.Unknown))
        {
            Element(xml, "language", language);
        }
        Element(xml, "relation", publication.Url);
        Element(xml, "rights", publication.Licence);
        xml.WriteEndElement();
    }

    /// <summary>Where the document appeared, as a reference reads: <c>Journal, 12(3), 45-67</c>.</summary>
    private static string? Source(CorpusPortal.Model.Bibliography.Publication p)
    {
        if (p.Container is null)
        {
            return null;
        }
        var volume = p.Volume is null ? "" : p.Volume + (p.Issue is null ? "" : $"({p.Issue})");
        volume = volume.Length == 0 && p.Issue is not null ? $"({p.Issue})" : volume;
        return string.Join(", ", new[] { p.Container, volume, p.Pages }.Where(part => !string.IsNullOrEmpty(part)));
    }

    private static void Element(XmlWriter xml, string name, string? value, string? language = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        xml.WriteStartElement("dc", name, Elements);
        if (language is not null && language != Languages.Unknown)
        {
            xml.WriteAttributeString("xml", "lang", null, language);
        }
        xml.WriteString(OaiXml.Clean(value));
        xml.WriteEndElement();
    }
}
