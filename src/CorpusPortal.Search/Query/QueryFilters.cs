namespace CorpusPortal.Search.Query;

/// <summary>
/// The filters of a query (<c>lang:tr doc:ID section:abstract year:1990..1995 author:deneme title:karabağ
/// keyword:azerbaycan</c>); they apply to the whole query.
/// </summary>
public sealed record QueryFilters
{
    public string? Language { get; init; }

    public string? Document { get; init; }

    public string? Section { get; init; }

    public int? YearFrom { get; init; }

    public int? YearTo { get; init; }

    /// <summary>Beginnings of words of the document's authors' names, each in its folded form (<see cref="BibliographicWords"/>); all must match.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Beginnings of words of the document's titles, folded; all must match.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>Beginnings of words of the document's keywords, folded; all must match.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public bool IsEmpty => Language is null && Document is null && Section is null && YearFrom is null && YearTo is null
        && Authors.Count == 0 && Titles.Count == 0 && Keywords.Count == 0;
}
