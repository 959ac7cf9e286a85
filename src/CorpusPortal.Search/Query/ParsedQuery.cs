namespace CorpusPortal.Search.Query;

/// <summary>
/// What the parser made of a query: the tree to search for (null when nothing is left to look for), the
/// filters, an error that stops the search, and notices about what was read in a best-effort way.
/// </summary>
public sealed record ParsedQuery(string Text, QueryNode? Root, QueryFilters Filters, QueryNote? Error, IReadOnlyList<QueryNote> Notices)
{
    public bool IsValid => Error is null && Root is not null;
}
