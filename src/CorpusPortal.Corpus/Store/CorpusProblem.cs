namespace CorpusPortal.Corpus.Store;

/// <summary>A canonical file that could not be read: its name in the corpus folder, the line (when known) and what is wrong.</summary>
public sealed record CorpusProblem(string File, int? Line, string Problem)
{
    public static CorpusProblem From(CorpusFormatException e) => new(Path.GetFileName(e.File), e.Line, e.Problem);

    public override string ToString() => Line is { } line ? $"{File}:{line}: {Problem}" : $"{File}: {Problem}";
}

/// <summary>What a corpus folder holds: the documents that read, in id order, and the files that did not.</summary>
public sealed record CorpusContents(IReadOnlyList<CorpusPortal.Model.Documents.Document> Documents, IReadOnlyList<CorpusProblem> Problems);
