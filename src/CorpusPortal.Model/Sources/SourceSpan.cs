namespace CorpusPortal.Model.Sources;

/// <summary>A stretch of the raw source file, from <see cref="Start"/> to <see cref="End"/> (both inclusive).</summary>
public readonly record struct SourceSpan(SourcePosition Start, SourcePosition End)
{
    public override string ToString() => Start.Line == End.Line
        ? $"{Start}-{End.Column}"
        : $"{Start}-{End}";
}
