using System.Xml;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;
using CorpusPortal.Text;

namespace CorpusPortal.Corpus.Tei;

/// <summary>
/// A document's <c>teiHeader</c>: titles and authors (<c>titleStmt</c>), the portal's identifiers
/// (<c>publicationStmt</c>), where the original appeared (<c>sourceDesc/biblStruct</c>: journal, volume, issue,
/// pages, dates, DOI, address), and its languages and keywords (<c>profileDesc</c>).
/// </summary>
internal static class TeiHeaderWriter
{
    public static void Write(XmlWriter xml, Document document, string? portalAddress)
    {
        var meta = document.Metadata;
        xml.WriteStartElement("teiHeader", Tei.Namespace);
        xml.WriteStartElement("fileDesc", Tei.Namespace);
        xml.WriteStartElement("titleStmt", Tei.Namespace);
        Titles(xml, meta, level: null);
        Authors(xml, meta.Authors);
        xml.WriteEndElement();
        xml.WriteStartElement("publicationStmt", Tei.Namespace);
        Text(xml, "publisher", "CorpusPortal");
        Text(xml, "idno", meta.Id, ("type", Tei.IdType));
        Text(xml, "idno", meta.SourceFile, ("type", Tei.SourceFileType));
        if (portalAddress is not null)
        {
            Text(xml, "idno", portalAddress, ("type", "URI"));
        }
        xml.WriteEndElement();
        xml.WriteStartElement("sourceDesc", Tei.Namespace);
        Source(xml, meta);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("profileDesc", Tei.Namespace);
        xml.WriteStartElement("langUsage", Tei.Namespace);
        foreach (var language in document.Languages.Where(l => l != Languages.Unknown))
        {
            Text(xml, "language", Tei.LanguageName(language), ("ident", language));
        }
        xml.WriteEndElement();
        if (meta.Keywords.Count > 0)
        {
            xml.WriteStartElement("textClass", Tei.Namespace);
            foreach (var keywords in meta.Keywords)
            {
                xml.WriteStartElement("keywords", Tei.Namespace);
                xml.WriteAttributeString("xml", "lang", null, keywords.Language);
                xml.WriteAttributeString("n", XmlChars.Clean(keywords.Label));
                foreach (var term in keywords.Terms)
                {
                    Text(xml, "term", term);
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The original as a reference: the paper (<c>analytic</c>) in its journal or site (<c>monogr</c>).</summary>
    private static void Source(XmlWriter xml, DocumentMetadata meta)
    {
        var p = meta.Publication;
        xml.WriteStartElement("biblStruct", Tei.Namespace);
        if (p.Container is not null)
        {
            xml.WriteStartElement("analytic", Tei.Namespace);
            Titles(xml, meta, "a");
            Authors(xml, meta.Authors);
            if (p.Doi is not null)
            {
                Text(xml, "idno", p.Doi, ("type", "DOI"));
            }
            xml.WriteEndElement();
        }
        xml.WriteStartElement("monogr", Tei.Namespace);
        if (p.Container is null)
        {
            Titles(xml, meta, "m");
            Authors(xml, meta.Authors);
            if (p.Doi is not null)
            {
                Text(xml, "idno", p.Doi, ("type", "DOI"));
            }
        }
        else
        {
            Text(xml, "title", p.Container, ("level", meta.Kind == DocumentKind.JournalArticle ? "j" : "m"));
        }
        xml.WriteStartElement("imprint", Tei.Namespace);
        var any = false;
        void Scope(string unit, string? value)
        {
            if (value is not null)
            {
                Text(xml, "biblScope", value, ("unit", unit));
                any = true;
            }
        }
        if (p.Publisher is not null)
        {
            Text(xml, "publisher", p.Publisher);
            any = true;
        }
        Scope("volume", p.Volume);
        Scope("issue", p.Issue);
        Scope("page", p.Pages);
        foreach (var (type, date) in new[] { ("published", p.Published), ("received", p.Received), ("accepted", p.Accepted) })
        {
            if (date is { } known)
            {
                Text(xml, "date", known.ToString(), ("type", type), ("when", known.ToString()));
                any = true;
            }
        }
        if (!any)
        {
            // An imprint names at least one thing: here, that the date is not known.
            xml.WriteStartElement("date", Tei.Namespace);
            xml.WriteAttributeString("type", "published");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (p.Url is not null)
        {
            xml.WriteStartElement("ptr", Tei.Namespace);
            xml.WriteAttributeString("target", XmlChars.Clean(p.Url));
            xml.WriteEndElement();
        }
        if (p.Licence is not null)
        {
            Text(xml, "note", p.Licence, ("type", "licence"));
        }
        xml.WriteEndElement();
    }

    private static void Titles(XmlWriter xml, DocumentMetadata meta, string? level)
    {
        foreach (var (language, title) in meta.Titles.OrderBy(t => t.Key == meta.PrimaryLanguage ? 0 : 1).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            xml.WriteStartElement("title", Tei.Namespace);
            if (level is not null)
            {
                xml.WriteAttributeString("level", level);
            }
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteString(XmlChars.Clean(title));
            xml.WriteEndElement();
        }
    }

    private static void Authors(XmlWriter xml, IReadOnlyList<Author> authors)
    {
        foreach (var author in authors)
        {
            xml.WriteStartElement("author", Tei.Namespace);
            xml.WriteStartElement("persName", Tei.Namespace);
            if (author.Given is not null)
            {
                Text(xml, "forename", author.Given);
            }
            Text(xml, "surname", author.Family);
            xml.WriteEndElement();
            if (author.Affiliation is not null)
            {
                Text(xml, "affiliation", author.Affiliation);
            }
            if (author.Orcid is not null)
            {
                Text(xml, "idno", author.Orcid, ("type", "ORCID"));
            }
            xml.WriteEndElement();
        }
    }

    private static void Text(XmlWriter xml, string name, string value, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name, Tei.Namespace);
        foreach (var (attribute, text) in attributes)
        {
            xml.WriteAttributeString(attribute, XmlChars.Clean(text));
        }
        xml.WriteString(XmlChars.Clean(value));
        xml.WriteEndElement();
    }
}
