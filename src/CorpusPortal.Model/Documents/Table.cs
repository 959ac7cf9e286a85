using CorpusPortal.Model.Sources;

namespace CorpusPortal.Model.Documents;

/// <summary>A table: number ("1"), caption, rows of cells (the first row is the header) and the source note.</summary>
public sealed record Table : Block
{
    public string? Number { get; init; }

    public string? Caption { get; init; }

    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init; }

    public string? SourceNote { get; init; }

    /// <summary>Where the source note's text came from.</summary>
    public SourceMap? NoteSource { get; init; }
}
