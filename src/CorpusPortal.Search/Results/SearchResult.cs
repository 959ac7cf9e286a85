using CorpusPortal.Search.Query;
namespace CorpusPortal.Search.Results;

/// <summary>Counts of the matching passages by document, language, section kind and year.</summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> Documents,
    IReadOnlyDictionary<string, int> Languages,
    IReadOnlyDictionary<string, int> Sections,
    IReadOnlyDictionary<string, int> Years);

/// <summary>The answer to a query: a page of hits, the total, facets, notices; or an error for a malformed query.</summary>
public sealed record SearchResult
{
    public required string Query { get; init; }

    public QueryNote? Error { get; init; }

    public int Total { get; init; }

    public int Skip { get; init; }

    public int Top { get; init; }

    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    public SearchFacets Facets { get; init; } = new(
        new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());

    public IReadOnlyList<QueryNote> Notices { get; init; } = [];
}
