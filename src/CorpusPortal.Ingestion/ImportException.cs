namespace CorpusPortal.Ingestion;

/// <summary>Input that cannot be imported; the message names what is wrong and, where it can, the line.</summary>
public sealed class ImportException(string message, int? line = null) : Exception(message)
{
    public int? Line { get; } = line;
}
