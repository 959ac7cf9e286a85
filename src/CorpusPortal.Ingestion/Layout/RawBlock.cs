namespace CorpusPortal.Ingestion.Layout;

/// <summary>
/// Consecutive text lines with no paragraph break between them. <see cref="StartsPage"/>: its first line is
/// indented, which in PDF extractions marks the first line of a new page.
/// </summary>
internal sealed record RawBlock(IReadOnlyList<SourceLine> Lines, bool StartsPage)
{
    public SourceLine First => Lines[0];

    public SourceLine Last => Lines[^1];

    public string FirstContent => Lines[0].Content;

    public bool IsSingleLine => Lines.Count == 1;

    public string JoinedContent => string.Join(' ', Lines.Select(l => l.Content));

    public RawBlock Skip(int count) => new(Lines.Skip(count).ToList(), false);

    public RawBlock Take(int count) => new(Lines.Take(count).ToList(), StartsPage);
}
