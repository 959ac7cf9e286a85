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
/// The passages of the corpus in a Lucene index (<c>data/lucene/</c>), one Lucene document per passage
/// (<see cref="PassageFields"/>) and one record per corpus file with the hash of the file indexed. A document is
/// replaced in one commit, with the same result as a rebuild. The commit carries a stamp (schema, analysis,
/// protected words): an index with another stamp is stale. Reads go through a <see cref="SearcherManager"/>: any
/// number of searches run at once, without a lock, and see each commit once it is made. An index that cannot be
/// opened (a file cut short, a corrupt segment) is deleted and opened empty, to be rebuilt from the corpus.
/// </summary>
public sealed class PassageIndex : IDisposable
{
    /// <summary>Raise when the fields or what the analysis produces change: older indexes are then rebuilt.</summary>
    public const string Version = "lucene schema 3, analysis 3";

    public const string FolderName = "lucene";

    private const string StampKey = "stamp";

    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writing = new();

    /// <summary>When the folder was last looked at for a commit made by another process (Stopwatch ticks).</summary>
    private long _checkedAt;

    /// <summary>
    /// How often searches look for another process's commit. Looking reads the folder and the commit file (about 0.1
    /// ms here), too much for every search; this process's own commits are seen at once.
    /// </summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(20);

    private PassageIndex(string path, LuceneDirectory directory, WordList protectedWords, string archives)
    {
        Path = path;
        _directory = directory;
        ProtectedWords = protectedWords;
        Archives = archives;
        _searchers = new SearcherManager(directory, new Bm25Searchers());
    }

    public string Path { get; }

    public WordList ProtectedWords { get; }

    /// <summary>The hash of the archive registry the passages' archival units were found with.</summary>
    public string Archives { get; }

    /// <summary>What a current index is stamped with: the version, a hash of the protected words, the archive registry's hash.</summary>
    public string Stamp => $"{Version}; protected {Hash(ProtectedWords.Words.Order(StringComparer.Ordinal))}" + (Archives.Length > 0 ? $"; archives {Archives}" : "");

    /// <summary>True when the last commit was made by this version with these protected words and this archive registry.</summary>
    public bool IsCurrent => Read(searcher => ((DirectoryReader)searcher.IndexReader).IndexCommit.UserData.TryGetValue(StampKey, out var stamp) && stamp == Stamp);

    /// <summary>The generation of the commit the searches see (it changes with every commit, by any process).</summary>
    public long Generation
    {
        get
        {
            Refresh(force: true);
            return SeenGeneration;
        }
    }

    /// <summary>
    /// The version of the commit searches see, without looking for a newer one on disk first (that is done at most
    /// every <see cref="RefreshInterval"/>); cheap enough to ask on every request.
    /// </summary>
    public long SeenGeneration => Read(searcher => ((DirectoryReader)searcher.IndexReader).Version);

    /// <summary>
    /// Opens the index in <paramref name="dataFolder"/>/lucene, creating it when there is none. An index that does not
    /// open is deleted and replaced by an empty one; <paramref name="replaced"/> is told why.
    /// </summary>
    /// <param name="archives">The hash of the archive registry the documents are read with: another registry finds other units, so the index is rebuilt.</param>
    public static PassageIndex Open(string dataFolder, WordList protectedWords, Action<string>? replaced = null, string archives = "")
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetFullPath(dataFolder), FolderName);
        try
        {
            return OpenAt(path, protectedWords, archives);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            replaced?.Invoke($"the index in {path} could not be opened ({e.GetType().Name}: {e.Message}); it is built anew");
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
            return OpenAt(path, protectedWords, archives);
        }
    }

    private static PassageIndex OpenAt(string path, WordList protectedWords, string archives)
    {
        System.IO.Directory.CreateDirectory(path);
        // Read with positional reads, not memory-mapped: measured on this machine with Lucene.Net 4.8.0-beta00017 on the
        // 3,000-paper synthetic index, a term query's top 10 took 0.07-0.09 ms read from files against 0.19 ms mapped,
        // and ten passages' stored fields 0.41 ms against 0.85 ms (Lucene.Net reads a mapped file through a byte-buffer
        // layer); NIOFSDirectory's reads wait for each other (see PositionalReadDirectory).
        var directory = new PositionalReadDirectory(new DirectoryInfo(path));
        try
        {
            if (DirectoryReader.IndexExists(directory))
            {
                // Opening every segment finds a file cut short or corrupt before it is used.
                using var reader = DirectoryReader.Open(directory);
                _ = reader.NumDocs;
            }
            else
            {
                using var writer = NewWriter(directory, protectedWords);
                writer.Commit();
            }
            return new PassageIndex(path, directory, protectedWords, archives);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private static IndexWriter NewWriter(LuceneDirectory directory, WordList protectedWords) =>
        new(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, PassageFields.Analyzer(protectedWords))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new Lucene.Net.Search.Similarities.BM25Similarity(),
            // Another process (corpus index beside the portal) may be writing: wait for it rather than fail.
            WriteLockTimeout = 30_000,
            // Segments stay as separate files: packing each into a compound file copied every byte once more (an
            // index has a few dozen files, far from any limit on open files).
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
            // A rebuild flushes a segment every 64 MB of indexed text instead of every 16: fewer, larger segments to merge.
            RAMBufferSizeMB = 64,
        });

    /// <summary>Runs <paramref name="read"/> on the searcher of the latest commit (any number at once).</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        Refresh(force: false);
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

    /// <summary>Picks up a commit made by another process (when <paramref name="force"/>d, or once the interval has passed).</summary>
    private void Refresh(bool force)
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        if (force)
        {
            Interlocked.Exchange(ref _checkedAt, now);
            // Blocking: when another thread is refreshing, wait for it rather than go on with the older commit.
            _searchers.MaybeRefreshBlocking();
            return;
        }
        var checkedAt = Interlocked.Read(ref _checkedAt);
        // One search per interval looks (the one that moves the time on); the others go on with the current commit.
        if (System.Diagnostics.Stopwatch.GetElapsedTime(checkedAt, now) >= RefreshInterval
            && Interlocked.CompareExchange(ref _checkedAt, now, checkedAt) == checkedAt)
        {
            _searchers.MaybeRefresh();
        }
    }

    public int PassageCount => Read(s => s.IndexReader.NumDocs - s.Search(FileRecords, 1).TotalHits);

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

    /// <summary>A rebuilt index of at most this many passages is merged into one segment.</summary>
    private const int SingleSegmentPassages = 20_000;

    /// <summary>Empties the index and indexes every document, in one commit; <paramref name="progress"/> counts documents (told from the indexing threads).</summary>
    public void Rebuild(IEnumerable<(CorpusPortal.Model.Documents.Document Document, string? SourceHash)> documents, Action<CorpusPortal.Model.Documents.Document>? progress = null) =>
        Rebuild(documents.Select(d => (d.Document.Id, (CorpusPortal.Model.Documents.Document?)d.Document, d.SourceHash)), progress);

    /// <summary>
    /// As <see cref="Rebuild(IEnumerable{ValueTuple{CorpusPortal.Model.Documents.Document, string}}, Action{CorpusPortal.Model.Documents.Document}?)"/>,
    /// for corpus files: a file that did not read (no document) is recorded by its hash only, in the same commit.
    /// </summary>
    public void Rebuild(IEnumerable<(string Id, CorpusPortal.Model.Documents.Document? Document, string? SourceHash)> files, Action<CorpusPortal.Model.Documents.Document>? progress = null)
    {
        Write(writer =>
        {
            writer.DeleteAll();
            // Documents are analysed and inverted side by side, one per core (the writer takes any number at once; each
            // document's passages stay one block). The order they land in does not matter: hits with the same score
            // are ranked in corpus order (HitCollector), not in index order.
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
            {
                var (id, document, hash) = file;
                if (document is null)
                {
                    writer.AddDocument(PassageFields.FileOf(id, hash));
                    return;
                }
                Add(writer, document, hash);
                progress?.Invoke(document);
            });
            // Each indexing thread leaves its own segment; a small index is merged into one (a fraction of a second),
            // so that its searches read one segment. A large one is left to the merge policy.
            if (writer.MaxDoc <= SingleSegmentPassages)
            {
                writer.ForceMerge(1);
            }
        });
    }

    /// <summary>Replaces one document's passages and file record in one commit.</summary>
    public void Update(CorpusPortal.Model.Documents.Document document, string? sourceHash = null)
    {
        Write(writer =>
        {
            writer.DeleteDocuments(new Term(PassageFields.Document, document.Id));
            Add(writer, document, sourceHash);
        });
    }

    /// <summary>Records a corpus file that does not read: no passages, only its hash, so it is read again once it changes.</summary>
    public void MarkUnreadable(string documentId, string sourceHash)
    {
        Write(writer =>
        {
            writer.DeleteDocuments(new Term(PassageFields.Document, documentId));
            writer.AddDocument(PassageFields.FileOf(documentId, sourceHash));
        });
    }

    /// <summary>Takes a document's passages and file record out of the index, in one commit.</summary>
    public void Remove(string documentId)
    {
        Write(writer => writer.DeleteDocuments(new Term(PassageFields.Document, documentId)));
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _directory.Dispose();
    }

    /// <summary>Searchers that rank with BM25 (as the index was written), most words first.</summary>
    private sealed class Bm25Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = new RankingSimilarity() };
    }

    private static Lucene.Net.Search.Query FileRecords => new TermQuery(new Term(PassageFields.Record, PassageFields.FileRecord));

    private static void Add(IndexWriter writer, CorpusPortal.Model.Documents.Document document, string? hash)
    {
        writer.AddDocuments(PassageExtractor.Passages(document).Select(PassageFields.Of));
        writer.AddDocument(PassageFields.FileOf(document.Id, hash));
    }

    /// <summary>Opens the writer, makes the change, commits it with the stamp and closes the writer; searches then see it.</summary>
    private void Write(Action<IndexWriter> change)
    {
        lock (_writing)
        {
            using (var writer = NewWriter(_directory, ProtectedWords))
            {
                change(writer);
                CorpusPortal.Model.Testing.KillPoints.Reach(CorpusPortal.Model.Testing.KillPoints.IndexChanged);
                writer.SetCommitData(new Dictionary<string, string> { [StampKey] = Stamp });
                writer.Commit();
            }
            _searchers.MaybeRefreshBlocking();
        }
    }

    private static string Hash(IEnumerable<string> words) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', words))))[..16].ToLowerInvariant();
}
