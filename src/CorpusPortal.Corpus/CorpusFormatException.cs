namespace CorpusPortal.Corpus;

/// <summary>A canonical file that cannot be read: names the file and the line.</summary>
public sealed class CorpusFormatException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
