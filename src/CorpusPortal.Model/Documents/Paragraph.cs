namespace CorpusPortal.Model.Documents;

/// <summary>
/// A paragraph, its text joined from the raw lines (hyphenation undone, footnote markers taken out of the text
/// and kept in <see cref="Markers"/>).
/// </summary>
public sealed record Paragraph : Block
{
    public required string Text { get; init; }

    public string? Language { get; init; }

    public IReadOnlyList<FootnoteMarker> Markers { get; init; } = [];

    /// <summary>The stretches of <see cref="Text"/> the source sets in italics, in order.</summary>
    public IReadOnlyList<Emphasis> Emphasis { get; init; } = [];

    /// <summary>True for an item of a bulleted list.</summary>
    public bool IsListItem { get; init; }
}
