using CorpusPortal.Model.Sources;

namespace CorpusPortal.Model.Documents;

/// <summary>A numbered note. Its marker stands in the paragraph <see cref="MarkerAnchor"/> (null when none was found).</summary>
public sealed record Footnote
{
    public required int Number { get; init; }

    public required string Text { get; init; }

    /// <summary>The stretches of <see cref="Text"/> the source sets in italics (a cited work's title), in order.</summary>
    public IReadOnlyList<Emphasis> Emphasis { get; init; } = [];

    public required SourceMap Source { get; init; }

    public string? MarkerAnchor { get; init; }

    public string Anchor => FootnoteAnchor(Number);

    public static string FootnoteAnchor(int number) => $"fn-{number}";
}
