using System.Security.Cryptography;
using System.Text;
using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// The passages of the corpus in a Lucene index (<c>data/lucene/</c>, memory-mapped), one Lucene document per passage
/// (<see cref="PassageFields"/>) and one record per corpus file with the hash of the file indexed. A document is
/// replaced in one commit, with the same result as a rebuild. The commit carries a stamp (schema, analysis,
/// protected words): an index with another stamp is stale. Reads go through a <see cref="SearcherManager"/>: any
/// number of searches run at once, without a lock, and see each commit once it is made. An index that cannot be
/// opened (a file cut short, a corrupt segment) is deleted and opened empty, to be rebuilt from the corpus.
/// </summary>
public sealed class PassageIndex : IDisposable
{
    /// <summary>Raise when the fields or what the analysis produces change: older indexes are then rebuilt.</summary>
    public const string Version = "lucene schema 1, analysis 1";

    public const string FolderName = "lucene";

    private const string StampKey = "stamp";

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writing = new();

    private PassageIndex(string path, LuceneDirectory directory, IndexWriter writer, WordList protectedWords)
    {
        Path = path;
        _directory = directory;
        _writer = writer;
        ProtectedWords = protectedWords;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25Searchers());
    }

    public string Path { get; }

    public WordList ProtectedWords { get; }

    /// <summary>What a current index is stamped with: the version and a hash of the protected words.</summary>
    public string Stamp => $"{Version}; protected {Hash(ProtectedWords.Words.Order(StringComparer.Ordinal))}";

    /// <summary>True when the last commit was made by this version with these protected words.</summary>
    public bool IsCurrent => _writer.CommitData.TryGetValue(StampKey, out var stamp) && stamp == Stamp;

    /// <summary>
    /// Opens the index in <paramref name="dataFolder"/>/lucene, creating it when there is none. An index that does not
    /// open is deleted and replaced by an empty one; <paramref name="replaced"/> is told why.
    /// </summary>
    public static PassageIndex Open(string dataFolder, WordList protectedWords, Action<string>? replaced = null)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetFullPath(dataFolder), FolderName);
        try
        {
            return OpenAt(path, protectedWords);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            replaced?.Invoke($"the index in {path} could not be opened ({e.GetType().Name}: {e.Message}); it is built anew");
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
            return OpenAt(path, protectedWords);
        }
    }

    private static PassageIndex OpenAt(string path, WordList protectedWords)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = new MMapDirectory(new DirectoryInfo(path));
        try
        {
            if (DirectoryReader.IndexExists(directory))
            {
                // Reading every segment's header and checksum finds a file cut short or corrupt before it is used.
                using var reader = DirectoryReader.Open(directory);
                _ = reader.NumDocs;
            }
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, PassageFields.Analyzer(protectedWords))
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = new Lucene.Net.Search.Similarities.BM25Similarity(),
            };
            return new PassageIndex(path, directory, new IndexWriter(directory, config), protectedWords);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="read"/> on the searcher of the latest commit (any number at once).</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public int PassageCount => Read(s => s.IndexReader.NumDocs) - Read(s => s.Search(FileRecords, 1).TotalHits);

    /// <summary>The hash of each corpus file indexed (null for a file recorded without one).</summary>
    public IReadOnlyDictionary<string, string?> SourceHashes() => Read(searcher =>
    {
        var records = searcher.Search(FileRecords, Math.Max(1, searcher.IndexReader.MaxDoc));
        return (IReadOnlyDictionary<string, string?>)records.ScoreDocs.Select(d => searcher.Doc(d.Doc))
            .ToDictionary(d => d.Get(PassageFields.Document), d => (string?)d.Get(PassageFields.Hash), StringComparer.Ordinal);
    });

    /// <summary>The ids of the documents with passages in the index, in order.</summary>
    public IReadOnlyList<string> DocumentIds() => Read(searcher =>
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            // Only passages carry the document id as doc values; deleted passages are skipped by the live docs.
            var reader = leaf.AtomicReader;
            if (reader.GetSortedDocValues(PassageFields.Document) is not { } values)
            {
                continue;
            }
            var live = reader.LiveDocs;
            var used = new bool[values.ValueCount];
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if ((live is null || live.Get(doc)) && values.GetOrd(doc) is var ord and >= 0)
                {
                    used[ord] = true;
                }
            }
            for (var ord = 0; ord < used.Length; ord++)
            {
                if (used[ord])
                {
                    var term = new BytesRef();
                    values.LookupOrd(ord, term);
                    ids.Add(term.Utf8ToString());
                }
            }
        }
        return (IReadOnlyList<string>)[.. ids];
    });

    /// <summary>Empties the index and indexes every document, in one commit; <paramref name="progress"/> counts documents.</summary>
    public void Rebuild(IEnumerable<(CorpusPortal.Model.Documents.Document Document, string? SourceHash)> documents, Action<CorpusPortal.Model.Documents.Document>? progress = null)
    {
        lock (_writing)
        {
            _writer.DeleteAll();
            foreach (var (document, hash) in documents)
            {
                Add(document, hash);
                progress?.Invoke(document);
            }
            Commit();
        }
    }

    /// <summary>Replaces one document's passages and file record in one commit.</summary>
    public void Update(CorpusPortal.Model.Documents.Document document, string? sourceHash = null)
    {
        lock (_writing)
        {
            _writer.DeleteDocuments(new Term(PassageFields.Document, document.Id));
            Add(document, sourceHash);
            Commit();
        }
    }

    /// <summary>Records a corpus file that does not read: no passages, only its hash, so it is read again once it changes.</summary>
    public void MarkUnreadable(string documentId, string sourceHash)
    {
        lock (_writing)
        {
            _writer.DeleteDocuments(new Term(PassageFields.Document, documentId));
            _writer.AddDocument(PassageFields.FileOf(documentId, sourceHash));
            Commit();
        }
    }

    /// <summary>Takes a document's passages and file record out of the index, in one commit.</summary>
    public void Remove(string documentId)
    {
        lock (_writing)
        {
            _writer.DeleteDocuments(new Term(PassageFields.Document, documentId));
            Commit();
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    /// <summary>Searchers that rank with BM25, as the index was written.</summary>
    private sealed class Bm25Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
    }

    private static Lucene.Net.Search.Query FileRecords => new TermQuery(new Term(PassageFields.Record, PassageFields.FileRecord));

    private void Add(CorpusPortal.Model.Documents.Document document, string? hash)
    {
        _writer.AddDocuments(PassageExtractor.Passages(document).Select(PassageFields.Of));
        _writer.AddDocument(PassageFields.FileOf(document.Id, hash));
    }

    private void Commit()
    {
        _writer.SetCommitData(new Dictionary<string, string> { [StampKey] = Stamp });
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    private static string Hash(IEnumerable<string> words) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', words))))[..16].ToLowerInvariant();
}
