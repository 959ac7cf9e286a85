namespace CorpusPortal.Web.Concordance;

/// <summary>How concordance lines are ordered: by rank, by the words left of the match (nearest first), by the words right of it, or by document.</summary>
public enum ConcordanceSort
{
    Rank,
    Left,
    Right,
    Document,
}

public static class ConcordanceSorts
{
    public static string Name(ConcordanceSort sort) => sort switch
    {
        ConcordanceSort.Left => "left",
        ConcordanceSort.Right => "right",
        ConcordanceSort.Document => "doc",
        _ => "rank",
    };

    public static ConcordanceSort Parse(string? name) => name switch
    {
        "left" => ConcordanceSort.Left,
        "right" => ConcordanceSort.Right,
        "doc" => ConcordanceSort.Document,
        _ => ConcordanceSort.Rank,
    };
}
