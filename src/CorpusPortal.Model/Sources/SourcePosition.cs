namespace CorpusPortal.Model.Sources;

/// <summary>A place in the raw source file: 1-based line and column (columns count UTF-16 code units).</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
