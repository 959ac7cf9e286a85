using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Index;

namespace CorpusPortal.Search.Tests.Search;

/// <summary>An index of the seed corpus in a temporary folder, built once for a test class.</summary>
public sealed class SeedIndex : IDisposable
{
    public SeedIndex()
    {
        Corpus = new CorpusFolder(Path.Combine(ReferenceData.Root, "corpus"));
        Index = CorpusPortal.Search.Engine.PassageIndex.Open(Folder, ProtectedWords);
        Index.Rebuild(Corpus.ReadAll().Select(d => (d, (string?)null)));
    }

    /// <summary>The corpus's glossary (corpus/glossary.tsv).</summary>
    public CorpusPortal.Search.Glossary.TermGlossary Glossary => CorpusPortal.Search.Index.CorpusIndex.Glossary(Corpus).Glossary;

    public static WordList ProtectedWords => WordList.FromFile(Path.Combine(ReferenceData.Root, "corpus", "protected-words.txt"));

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "corpus-index-" + Guid.NewGuid().ToString("N"));

    public CorpusFolder Corpus { get; }

    public CorpusPortal.Search.Engine.PassageIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
