using CorpusPortal.Model.Sources;

namespace CorpusPortal.Model.Documents;

/// <summary>
/// A heading and the blocks under it. Level 1 sections are top level; "2.1" or a section inside an extended
/// abstract is level 2. <see cref="Title"/> is null for an untitled section (an abstract printed without a
/// heading, the body of a news article).
/// </summary>
public sealed record Section
{
    public required string Anchor { get; init; }

    public required SectionKind Kind { get; init; }

    public required string Language { get; init; }

    public int Level { get; init; } = 1;

    public string? Number { get; init; }

    public string? Title { get; init; }

    public SourceSpan? TitleSpan { get; init; }

    public IReadOnlyList<Block> Blocks { get; init; } = [];

    public bool IsAbstract => Kind is SectionKind.Abstract or SectionKind.ExtendedAbstract;

    /// <summary>The heading as printed: the number before the title ("2.1. Bağımsızlık Dönemi"), or null when there is neither.</summary>
    public string? Heading => Number is null ? Title : $"{Number}. {Title}";
}
