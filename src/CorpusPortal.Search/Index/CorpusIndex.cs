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

    /// <summary>The corpus's glossary (corpus/glossary.tsv), with the lines that could not be read.</summary>
    public static (Glossary.TermGlossary Glossary, IReadOnlyList<string> Problems) Glossary(CorpusFolder corpus) =>
        CorpusPortal.Search.Glossary.GlossaryFile.Read(Path.Combine(corpus.Root, CorpusPortal.Search.Glossary.GlossaryFile.FileName), ProtectedWords(corpus));

    /// <summary>
    /// Opens the index in <paramref name="dataFolder"/>. It is rebuilt from the corpus when its version stamp or
    /// protected words differ or it does not hold exactly the corpus's files; a document whose canonical file
    /// differs from the one indexed (a save that crashed between the file and the index, a hand edit) is indexed
    /// again. So after any crash the index agrees with <c>corpus/</c> once it is opened. A file that does not read is
    /// left out of the index and reported to <paramref name="skipped"/> (its hash is kept, so it is read again only
    /// once it changes); an index that cannot be opened (corrupt, cut short) is deleted and built anew.
    /// </summary>
    public static Engine.PassageIndex OpenCurrent(CorpusFolder corpus, string dataFolder, Action<Document>? progress = null, bool forceRebuild = false,
        Action<CorpusProblem>? skipped = null, Action<string>? replaced = null)
    {
        var index = Engine.PassageIndex.Open(dataFolder, ProtectedWords(corpus), replaced, corpus.Archives.Hash);
        try
        {
            var files = corpus.Ids().ToDictionary(id => id, id => SourceHash(corpus, id), StringComparer.Ordinal);
            var indexed = index.SourceHashes();
            if (forceRebuild || !index.IsCurrent || !indexed.Keys.Order(StringComparer.Ordinal).SequenceEqual(files.Keys.Order(StringComparer.Ordinal), StringComparer.Ordinal))
            {
                index.Rebuild(files.Keys.Order(StringComparer.Ordinal).Select(id => (id, Readable(corpus, id, skipped), (string?)files[id])), progress);
                return index;
            }
            foreach (var (id, hash) in files.Where(f => indexed.GetValueOrDefault(f.Key) != f.Value))
            {
                if (Readable(corpus, id, skipped) is { } document)
                {
                    index.Update(document, hash);
                }
                else
                {
                    index.MarkUnreadable(id, hash);
                }
            }
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    private static Document? Readable(CorpusFolder corpus, string id, Action<CorpusProblem>? skipped)
    {
        var (document, problem) = corpus.TryRead(id);
        if (problem is not null)
        {
            skipped?.Invoke(problem);
        }
        return document;
    }

    /// <summary>Indexes a document just saved in <paramref name="corpus"/>, with the hash of its file.</summary>
    public static void Update(Engine.PassageIndex index, CorpusFolder corpus, Document document) =>
        index.Update(document, SourceHash(corpus, document.Id));

    /// <summary>The hash of a canonical file's bytes.</summary>
    public static string SourceHash(CorpusFolder corpus, string id) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(corpus.PathOf(id))));
}
