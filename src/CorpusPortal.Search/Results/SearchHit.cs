namespace CorpusPortal.Search.Results;

/// <summary>A line of a keyword-in-context view: the words before, the match, the words after.</summary>
public sealed record KwicLine(string Left, string Match, string Right);

/// <summary>A passage found: where it is, its score, its text, and the matched words marked.</summary>
public sealed record SearchHit
{
    public required string Document { get; init; }

    /// <summary>The document's title in the passage's language, else in another; null for a document without one.</summary>
    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public required string Anchor { get; init; }

    public required string Language { get; init; }

    /// <summary>abstract, body, footnote or table.</summary>
    public required string Section { get; init; }

    public required string SectionAnchor { get; init; }

    public required string SectionTitle { get; init; }

    public int? Year { get; init; }

    public required double Score { get; init; }

    /// <summary>HTML: an excerpt of the text, escaped, with the matched words in &lt;mark&gt;.</summary>
    public required string Snippet { get; init; }

    /// <summary>The passage's whole plain text.</summary>
    public required string Text { get; init; }

    /// <summary>Where the matched words are in <see cref="Text"/> (start, length).</summary>
    public required IReadOnlyList<(int Start, int Length)> Matches { get; init; }

    public required IReadOnlyList<KwicLine> Kwic { get; init; }
}
