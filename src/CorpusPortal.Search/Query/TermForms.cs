namespace CorpusPortal.Search.Query;

/// <summary>Every form a query looks for, collected while it is compiled: highlighting marks the same words.</summary>
public sealed class TermForms
{
    public HashSet<string> Exact { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Folded { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> FoldedPrefixes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Units { get; } = new(StringComparer.Ordinal);
}
