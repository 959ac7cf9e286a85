using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;

namespace CorpusPortal.Ingestion.Assembly;

/// <summary>A section being filled while the importer walks the raw blocks.</summary>
internal sealed class SectionDraft
{
    public required SectionKind Kind { get; init; }

    /// <summary>Known from the heading (Öz is Turkish); otherwise decided from the paragraphs at the end.</summary>
    public string? Language { get; set; }

    public int Level { get; init; } = 1;

    public string? Number { get; init; }

    public string? Title { get; init; }

    public SourceSpan? TitleSpan { get; init; }

    /// <summary>True when no heading opened the section (text before any heading).</summary>
    public bool Implicit { get; init; }

    public List<object> Blocks { get; } = [];
}
