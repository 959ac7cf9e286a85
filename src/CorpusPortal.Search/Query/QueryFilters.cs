namespace CorpusPortal.Search.Query;

/// <summary>The filters of a query (<c>lang:tr doc:ID section:abstract year:1990..1995</c>); they apply to the whole query.</summary>
public sealed record QueryFilters
{
    public string? Language { get; init; }

    public string? Document { get; init; }

    public string? Section { get; init; }

    public int? YearFrom { get; init; }

    public int? YearTo { get; init; }

    public bool IsEmpty => Language is null && Document is null && Section is null && YearFrom is null && YearTo is null;
}
