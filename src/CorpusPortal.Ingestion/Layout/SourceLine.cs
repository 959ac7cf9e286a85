namespace CorpusPortal.Ingestion.Layout;

/// <summary>One raw line (1-based <see cref="Number"/>), with its leading indent and trimmed content.</summary>
internal sealed record SourceLine(int Number, string Raw)
{
    public int Indent { get; } = Raw.Length - Raw.TrimStart().Length;

    public string Content { get; } = Raw.Trim();

    /// <summary>1-based column of the first character of <see cref="Content"/>.</summary>
    public int ContentColumn => Indent + 1;

    public bool IsEmpty => Raw.Length == 0;

    public bool IsBlank => Content.Length == 0;

    public bool HasTrailingSpace => Raw.Length > 0 && char.IsWhiteSpace(Raw[^1]);

    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var number = 1;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lines.Add(new SourceLine(number++, line.ToString()));
        }
        while (lines.Count > 0 && lines[^1].IsBlank)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return lines;
    }
}
