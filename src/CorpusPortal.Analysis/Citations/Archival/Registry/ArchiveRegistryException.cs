namespace CorpusPortal.Analysis.Citations.Archival.Registry;

/// <summary>An archive registry that cannot be used; the message names the file and the line.</summary>
public sealed class ArchiveRegistryException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
