using CorpusPortal.Model.Alignment;
using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Model.Documents;

/// <summary>A research text: metadata, sections of blocks in reading order, footnotes, citations, warnings.</summary>
public sealed record Document
{
    public required DocumentMetadata Metadata { get; init; }

    public IReadOnlyList<Section> Sections { get; init; } = [];

    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    public IReadOnlyList<Citation> Citations { get; init; } = [];

    public IReadOnlyList<ImportWarning> Warnings { get; init; } = [];

    /// <summary>Sentence alignments an editor corrected; sections without one are aligned automatically.</summary>
    public IReadOnlyList<SectionAlignment> Alignments { get; init; } = [];

    public string Id => Metadata.Id;

    /// <summary>The abstracts: top-level abstract and extended abstract sections.</summary>
    public IEnumerable<Section> Abstracts => Sections.Where(s => s.IsAbstract && s.Level == 1);

    public IEnumerable<Paragraph> Paragraphs => Sections.SelectMany(s => s.Blocks).OfType<Paragraph>();

    public IEnumerable<Table> Tables => Sections.SelectMany(s => s.Blocks).OfType<Table>();

    public IEnumerable<string> Languages => Sections.Select(s => s.Language)
        .Prepend(Metadata.PrimaryLanguage)
        .Distinct(StringComparer.Ordinal);
}
