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
    /// Opens the index in <paramref name="dataFolder"/>. It is rebuilt from the corpus when its version stamp or
    /// protected words differ or it does not hold exactly the corpus's documents; a document whose canonical file
    /// differs from the one indexed (a save that crashed between the file and the index, a hand edit) is indexed
    /// again. So after any crash the index agrees with <c>corpus/</c> once it is opened.
    /// </summary>
    public static SearchIndex OpenCurrent(CorpusFolder corpus, string dataFolder, Action<Document>? progress = null, bool forceRebuild = false)
    {
        var index = SearchIndex.Open(dataFolder, ProtectedWords(corpus));
        try
        {
            var files = corpus.Ids().ToDictionary(id => id, id => SourceHash(corpus, id), StringComparer.Ordinal);
            if (forceRebuild || !index.IsCurrent || !index.DocumentIds().SequenceEqual(files.Keys.Order(StringComparer.Ordinal), StringComparer.Ordinal))
            {
                index.Rebuild(files.Keys.Order(StringComparer.Ordinal).Select(id => (corpus.Read(id), (string?)files[id])), progress);
                return index;
            }
            var indexed = index.SourceHashes();
            foreach (var (id, hash) in files.Where(f => indexed.GetValueOrDefault(f.Key) != f.Value))
            {
                index.Update(corpus.Read(id), hash);
            }
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <summary>Indexes a document just saved in <paramref name="corpus"/>, with the hash of its file.</summary>
    public static void Update(SearchIndex index, CorpusFolder corpus, Document document) =>
        index.Update(document, SourceHash(corpus, document.Id));

    /// <summary>The hash of a canonical file's bytes.</summary>
    public static string SourceHash(CorpusFolder corpus, string id) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(corpus.PathOf(id))));
}
