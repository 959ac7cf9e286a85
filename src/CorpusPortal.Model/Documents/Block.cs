using CorpusPortal.Model.Sources;

namespace CorpusPortal.Model.Documents;

/// <summary>A unit of reading with a stable anchor: a paragraph or a table.</summary>
public abstract record Block
{
    public required string Anchor { get; init; }

    public required SourceMap Source { get; init; }
}
