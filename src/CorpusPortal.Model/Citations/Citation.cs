namespace CorpusPortal.Model.Citations;

/// <summary>A reference found in the text: archival, author-year, or a bibliographic footnote entry.</summary>
public abstract record Citation
{
    /// <summary>The citation exactly as printed (line breaks and hyphenation undone).</summary>
    public required string Raw { get; init; }

    public required CitationLocation Location { get; init; }
}
