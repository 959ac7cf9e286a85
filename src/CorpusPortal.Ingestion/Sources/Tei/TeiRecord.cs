using System.Xml.Linq;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;
using static CorpusPortal.Ingestion.Sources.Tei.TeiSource;
using CorpusPortal.Text;

namespace CorpusPortal.Ingestion.Sources.Tei;

/// <summary>
/// The bibliographic record of a TEI file: titles and authors from the <c>titleStmt</c>, the journal, volume, issue,
/// pages, dates, DOI and address from <c>sourceDesc/biblStruct</c>, keywords from <c>textClass</c>, the kind from
/// the <c>text</c>'s type and the id from the corpus's <c>idno</c> (unless the editor gives one).
/// </summary>
internal static class TeiRecord
{
    public static DocumentMetadata Read(XElement header, XElement root, XElement text, string sourceFile, string? id)
    {
        var primary = LanguageOf(root) ?? Languages.Unknown;
        var fileDesc = header.Element(Ns + "fileDesc");
        var titleStmt = fileDesc?.Element(Ns + "titleStmt");
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var title in titleStmt?.Elements(Ns + "title") ?? [])
        {
            var value = Flat(title);
            var language = (string?)title.Attribute(XNamespace.Xml + "lang") ?? primary;
            if (value.Length > 0 && !titles.ContainsKey(language))
            {
                titles[language] = value;
            }
        }
        var givenId = fileDesc?.Element(Ns + "publicationStmt")?.Elements(Ns + "idno")
            .FirstOrDefault(i => (string?)i.Attribute("type") == "CorpusPortal")?.Value.Trim();
        var kind = KindNames.Parse((string?)text.Attribute("type") ?? "") ?? DocumentKind.Other;
        return new DocumentMetadata
        {
            Id = id ?? (givenId is not null && DocumentIds.IsValid(givenId) ? givenId : FileIds.Of(sourceFile)),
            Kind = kind,
            PrimaryLanguage = primary,
            SourceFile = Path.GetFileName(sourceFile),
            Titles = titles,
            Authors = titleStmt?.Elements(Ns + "author").Select(Author).Where(a => a.Family.Length > 0).ToList() ?? [],
            Publication = Publication(fileDesc?.Element(Ns + "sourceDesc")?.Element(Ns + "biblStruct")),
            Keywords = header.Element(Ns + "profileDesc")?.Element(Ns + "textClass")?.Elements(Ns + "keywords")
                .Select(k => new KeywordList((string?)k.Attribute(XNamespace.Xml + "lang") ?? primary, (string?)k.Attribute("n") ?? "Keywords",
                    k.Elements(Ns + "term").Select(Flat).Where(t => t.Length > 0).ToList(), null))
                .Where(k => k.Terms.Count > 0)
                .ToList() ?? [],
        };
    }

    private static Author Author(XElement author)
    {
        var name = author.Element(Ns + "persName");
        var surname = name?.Element(Ns + "surname");
        var forenames = name?.Elements(Ns + "forename").Select(Flat).Where(f => f.Length > 0).ToList() ?? [];
        var person = surname is not null
            ? new Author(Flat(surname), forenames.Count > 0 ? string.Join(" ", forenames) : null)
            : CorpusPortal.Model.Bibliography.Author.FromName(Flat(name ?? author));
        var orcid = author.Elements(Ns + "idno").FirstOrDefault(i => (string?)i.Attribute("type") == "ORCID")?.Value.Trim();
        return person with
        {
            Affiliation = author.Element(Ns + "affiliation") is { } affiliation && Flat(affiliation) is { Length: > 0 } a ? a : null,
            Orcid = orcid is not null && Identifiers.IsOrcid(Identifiers.PlainOrcid(orcid)) ? Identifiers.PlainOrcid(orcid) : null,
        };
    }

    private static Publication Publication(XElement? bibl)
    {
        if (bibl is null)
        {
            return CorpusPortal.Model.Bibliography.Publication.Unknown;
        }
        var analytic = bibl.Element(Ns + "analytic");
        var monogr = bibl.Element(Ns + "monogr");
        var imprint = monogr?.Element(Ns + "imprint");
        string? Scope(string unit) => imprint?.Elements(Ns + "biblScope").FirstOrDefault(s => (string?)s.Attribute("unit") == unit) is { } scope && Flat(scope) is { Length: > 0 } v ? v : null;
        PartialDate? Date(string type) => imprint?.Elements(Ns + "date").FirstOrDefault(d => ((string?)d.Attribute("type") ?? "published") == type) is { } date
            ? PartialDate.Parse((string?)date.Attribute("when") ?? Flat(date))
            : null;
        var doi = new[] { analytic, monogr }.SelectMany(e => e?.Elements(Ns + "idno") ?? []).FirstOrDefault(i => (string?)i.Attribute("type") == "DOI")?.Value.Trim();
        var url = (string?)bibl.Element(Ns + "ptr")?.Attribute("target");
        return new Publication
        {
            Container = analytic is not null && monogr?.Element(Ns + "title") is { } container && Flat(container) is { Length: > 0 } c ? c : null,
            Publisher = imprint?.Element(Ns + "publisher") is { } publisher && Flat(publisher) is { Length: > 0 } p ? p : null,
            Volume = Scope("volume"),
            Issue = Scope("issue"),
            Pages = Scope("page") ?? Scope("pp"),
            Doi = doi is not null && Identifiers.IsDoi(Identifiers.PlainDoi(doi)) ? Identifiers.PlainDoi(doi) : null,
            Url = Identifiers.IsWebAddress(url) ? url : null,
            Published = Date("published"),
            Received = Date("received"),
            Accepted = Date("accepted"),
            Licence = bibl.Elements(Ns + "note").FirstOrDefault(n => (string?)n.Attribute("type") == "licence") is { } licence && Flat(licence) is { Length: > 0 } l ? l : null,
        };
    }

    /// <summary>An element's text on one line: its white space runs as single spaces.</summary>
    internal static string Flat(XElement element) => string.Join(' ', element.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
