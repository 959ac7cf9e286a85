namespace CorpusPortal.Web.Concordance;

/// <summary>
/// One match of a query in its context, as a concordance line: the words before and after it, where it is, and for
/// a match in a paired abstract the aligned sentence of the other language.
/// </summary>
public sealed record ConcordanceLine
{
    public required string Document { get; init; }

    /// <summary>The document's title as the portal names it.</summary>
    public required string Title { get; init; }

    public int? Year { get; init; }

    /// <summary>The anchor of the paragraph, footnote or table.</summary>
    public required string Anchor { get; init; }

    public required string Language { get; init; }

    public required string SectionTitle { get; init; }

    public required string Left { get; init; }

    public required string Match { get; init; }

    public required string Right { get; init; }

    /// <summary>The line's place in the ranked hits (for the default order).</summary>
    public required int Rank { get; init; }

    /// <summary>The aligned sentence in the other language, when the match is in a paired abstract.</summary>
    public (string Language, string Text)? Counterpart { get; init; }
}
