namespace CorpusPortal.Search.Index;

/// <summary>
/// One searchable unit of a document: a paragraph, an abstract paragraph, a footnote or a table, with what the
/// filters and the results need to know about it.
/// </summary>
public sealed record Passage
{
    public required string Document { get; init; }

    public required string Anchor { get; init; }

    /// <summary>The anchor of the section holding it (empty for footnotes).</summary>
    public required string Section { get; init; }

    public required string SectionTitle { get; init; }

    /// <summary>One of <see cref="PassageKind"/>.</summary>
    public required string Kind { get; init; }

    public required string Language { get; init; }

    public int? Year { get; init; }

    /// <summary>The document's titles by language.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    /// <summary>The document's authors, as its metadata gives them.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The document's keywords, in every language.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The passage's plain text, as the document gives it.</summary>
    public required string Text { get; init; }

    /// <summary>The archival units it cites, in normal form (<c>30-18-1-2/681-182-10</c>).</summary>
    public IReadOnlyList<string> ArchivalUnits { get; init; } = [];
}
