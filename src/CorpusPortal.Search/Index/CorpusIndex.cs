using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Analysis;

namespace CorpusPortal.Search.Index;

/// <summary>The index of a corpus folder: opened, and rebuilt when it is missing, stale or out of step with the corpus.</summary>
public static class CorpusIndex
{
    public const string ProtectedWordsFile = "protected-words.txt";

    public static WordList ProtectedWords(CorpusFolder corpus)
    {
        var path = Path.Combine(corpus.Root, ProtectedWordsFile);
        return File.Exists(path) ? WordList.FromFile(path) : WordList.Empty;
    }

    /// <summary>
    /// Opens the index in <paramref name="dataFolder"/>; rebuilds it from the corpus when its version stamp or
    /// protected words differ, or when it does not hold exactly the corpus's documents.
    /// </summary>
    public static SearchIndex OpenCurrent(CorpusFolder corpus, string dataFolder, Action<Document>? progress = null, bool forceRebuild = false)
    {
        var index = SearchIndex.Open(dataFolder, ProtectedWords(corpus));
        try
        {
            if (forceRebuild || !index.IsCurrent || !index.DocumentIds().SequenceEqual(corpus.Ids(), StringComparer.Ordinal))
            {
                index.Rebuild(corpus.ReadAll(), progress);
            }
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }
}
