namespace CorpusPortal.Model.Citations;

/// <summary>
/// One work cited in a footnote. A back-reference (<c>El-Shagel, a.g.e., s. 6.</c>) carries
/// <see cref="RefersTo"/>: the number of the footnote that gives the work in full.
/// </summary>
public sealed record BibliographicCitation : Citation
{
    public required int FootnoteNumber { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Title { get; init; }

    public string? Year { get; init; }

    public string? Pages { get; init; }

    public BackReference BackReference { get; init; }

    public int? RefersTo { get; init; }
}
