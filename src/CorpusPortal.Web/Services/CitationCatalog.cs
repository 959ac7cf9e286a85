using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;
using CorpusPortal.Search.Analysis;

namespace CorpusPortal.Web.Services;

/// <summary>Where a citation is: the document and the paragraph, footnote or table holding it.</summary>
public sealed record CitationPlace(string Document, string Anchor, string Raw);

/// <summary>An archival unit and every place that cites it.</summary>
public sealed record ArchivalUnitEntry(string Archive, string Fonds, string Unit, IReadOnlyList<string> Dates, IReadOnlyList<CitationPlace> Places)
{
    public string Key => $"{Archive} {Fonds}/{Unit}";

    public string Anchor => AnchorOf(Fonds, Unit);

    public static string AnchorOf(string fonds, string unit) => "u-" + fonds + "-" + unit;
}

/// <summary>An author and the places that cite their works, in-text (author-year) and in footnotes.</summary>
public sealed record AuthorEntry(string Name, string Key, IReadOnlyList<(CitationPlace Place, string? Year, string? Title)> Places)
{
    public IEnumerable<string> Documents => Places.Select(p => p.Place.Document).Distinct(StringComparer.Ordinal);

    public string Anchor => "a-" + Key;
}

/// <summary>Where the archive and works indexes show a citation.</summary>
public static class CitationLinks
{
    public static string? Href(Citation citation) => citation switch
    {
        ArchivalCitation a => "/archive#" + ArchivalUnitEntry.AnchorOf(a.Fonds, a.Unit),
        AuthorYearCitation { Authors: [var first, ..] } => "/works#a-" + CitationCatalog.KeyOf(first),
        BibliographicCitation { BackReference: BackReference.None, Authors: [var author, ..] } =>
            "/works#a-" + CitationCatalog.KeyOf(author.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? author),
        _ => null,
    };
}

/// <summary>
/// The corpus's citations gathered across documents: every archival unit (by archive and fonds) and every cited
/// author, with the documents and passages citing them, and the archival warnings.
/// </summary>
public sealed class CitationCatalog
{
    public CitationCatalog(CorpusLibrary library)
    {
        var archival = library.Documents.SelectMany(d => d.Citations.OfType<ArchivalCitation>().Select(c => (Document: d.Id, Citation: c)));
        Units = archival
            .GroupBy(a => (a.Citation.Archive, a.Citation.Fonds, a.Citation.Unit))
            .Select(g => new ArchivalUnitEntry(g.Key.Archive, g.Key.Fonds, g.Key.Unit,
                g.Select(a => a.Citation.Date).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                g.Select(a => new CitationPlace(a.Document, a.Citation.Location.Anchor, a.Citation.Raw)).ToList()))
            .OrderBy(u => u.Archive, StringComparer.Ordinal).ThenBy(u => u.Fonds, StringComparer.Ordinal).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .ToList();
        ArchivalWarnings = library.Documents
            .SelectMany(d => d.Warnings.Where(w => w.Code.StartsWith("archival-", StringComparison.Ordinal)).Select(w => (d.Id, w)))
            .ToList();
        Authors = library.Documents
            .SelectMany(d => d.Citations.SelectMany(c => Cited(d.Id, c)))
            .GroupBy(a => a.Key, StringComparer.Ordinal)
            .Select(g => new AuthorEntry(g.First().Name, g.Key, g.Select(a => (a.Place, a.Year, a.Title)).ToList()))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<ArchivalUnitEntry> Units { get; }

    public IReadOnlyList<(string Document, ImportWarning Warning)> ArchivalWarnings { get; }

    public IReadOnlyList<AuthorEntry> Authors { get; }

    /// <summary>A surname as a key: Turkish lowercase, without Turkish letters (Aslanlı and ASLANLI are one author).</summary>
    public static string KeyOf(string surname) => Folding.Fold(TurkishCasing.ToLowerTurkish(surname.Trim()));

    private static IEnumerable<(string Key, string Name, CitationPlace Place, string? Year, string? Title)> Cited(string document, Citation citation)
    {
        var place = new CitationPlace(document, citation.Location.Anchor, citation.Raw);
        switch (citation)
        {
            case AuthorYearCitation ay:
                foreach (var author in ay.Authors)
                {
                    yield return (KeyOf(author), author, place, ay.Year, null);
                }
                break;
            case BibliographicCitation { BackReference: BackReference.None } b:
                foreach (var author in b.Authors)
                {
                    var surname = author.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? author;
                    yield return (KeyOf(surname), surname, place, b.Year, b.Title);
                }
                break;
        }
    }
}
