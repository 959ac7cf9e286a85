using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Text;

namespace CorpusPortal.Web.Services;

/// <summary>Where a citation is: the document and the paragraph, footnote or table holding it.</summary>
public sealed record CitationPlace(string Document, string Anchor, string Raw);

/// <summary>An archival unit and every place that cites it.</summary>
public sealed record ArchivalUnitEntry(string Archive, string Fonds, string Unit, IReadOnlyList<string> Dates, IReadOnlyList<CitationPlace> Places)
{
    /// <summary>The reference in normal form, as the citations give it (<see cref="ArchivalCitation.Key"/>).</summary>
    public string Key => Fonds.Length > 0 ? $"{Archive} {Fonds}/{Unit}" : $"{Archive} {Unit}";

    /// <summary>The reference without the archive: fonds/unit, or the unit when it names no fonds.</summary>
    public string Reference => Fonds.Length > 0 ? $"{Fonds}/{Unit}" : Unit;

    public string Anchor => AnchorOf(Key);

    /// <summary>The archive index's anchor of a reference: <c>u-bca-30-18-1-2-669-133-4</c>, <c>u-boa-hr-sys-2878-45</c>.</summary>
    public static string AnchorOf(string key) => "u-" + CorpusPortal.Text.Anchors.Slug(key, 120);
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
        ArchivalCitation a => "/archive#" + ArchivalUnitEntry.AnchorOf(a.Key),
        AuthorYearCitation { Authors: [var first, ..] } => "/works#a-" + CitationCatalog.KeyOf(first),
        BibliographicCitation { BackReference: BackReference.None, Authors: [var author, ..] } =>
            "/works#a-" + CitationCatalog.KeyOf(CitationCatalog.SurnameOf(author)),
        _ => null,
    };
}

/// <summary>
/// The corpus's citations gathered across documents: every archival unit (by archive and fonds) and every cited
/// author, with the documents and passages citing them, and the archival warnings.
/// </summary>
public sealed class CitationCatalog(CorpusLibrary library)
{
    /// <summary>The indexes of the library as it is now (built with each version of the library).</summary>
    public CitationIndexes Current => library.Citations;

    public IReadOnlyList<ArchivalUnitEntry> Units => Current.Units;

    public IReadOnlyList<AuthorEntry> Authors => Current.Authors;

    /// <summary>A surname as a key: Turkish lowercase, without Turkish letters (Aslanlı and ASLANLI are one author).</summary>
    public static string KeyOf(string surname) => Folding.Fold(TurkishCasing.ToLowerTurkish(surname.Trim()));

    /// <summary>The surname of an author as footnotes print them ("Araz Aslanlı" → "Aslanlı").</summary>
    public static string SurnameOf(string author) => author.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? author;
}
