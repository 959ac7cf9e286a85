using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Results;

namespace CorpusPortal.Web.Services;

/// <summary>
/// The search index of the corpus (Lucene), opened, and built when missing, stale or damaged, when the portal
/// starts. Searches run at once, without a lock. When another process commits to the index (<c>corpus import</c> or
/// <c>corpus index</c> beside a running portal), the requests from 20 ms later see it and the library is read again, so the
/// documents that process added can be read.
/// </summary>
public sealed class SearchService : IDisposable
{
    private readonly CorpusLibrary _library;
    private readonly CorpusPortal.Corpus.Store.CorpusFolder _corpus;
    private readonly PassageIndex _index;
    private readonly LuceneSearcher _searcher;
    private readonly RelatedFinder _related;
    private readonly Lock _bookkeeping = new();
    private long _known;

    public SearchService(CorpusLibrary library, PortalOptions options, ILogger<SearchService> logger)
    {
        logger.LogInformation("opening the search index in {Data} (built from {Corpus} when missing or stale)", options.DataFolder, options.CorpusFolder);
        _library = library;
        _corpus = library.Folder;
        _index = CorpusIndex.OpenCurrent(library.Folder, options.DataFolder,
            skipped: problem => logger.LogWarning("left a canonical file that does not read out of the index: {Problem}", problem.ToString()),
            replaced: reason => logger.LogWarning("{Reason}", reason));
        var (glossary, problems) = CorpusIndex.Glossary(library.Folder);
        foreach (var problem in problems)
        {
            logger.LogWarning("glossary: {Problem}", problem);
        }
        // One finder for every lookup: it holds the analyzers and word lists, and any number of lookups share it.
        _related = new RelatedFinder(_index, glossary);
        _searcher = new LuceneSearcher(_index, glossary);
        Glossary = glossary;
        Statistics = new CorpusPortal.Search.Statistics.CorpusStatistics(_index, _searcher,
            new CorpusPortal.Search.Statistics.TokenColumns(new CorpusPortal.Search.Statistics.TokenVocabulary(_index.ProtectedWords)));
        _known = _index.Generation;
        logger.LogInformation("search index ready: {Passages} passages, {Entries} glossary entries", _index.PassageCount, glossary.Count);
        _logger = logger;
        PrepareStatistics();
    }

    private readonly ILogger<SearchService> _logger;

    /// <summary>The statistics' token columns of new segments, built in the background (at start, after a publish).</summary>
    private void PrepareStatistics() => _ = Task.Run(() =>
    {
        try
        {
            Statistics.Prepare();
        }
        catch (ObjectDisposedException e)
        {
            // The portal stopped while they were being built: the next start builds them.
            _logger.LogDebug("statistics columns not built: {Reason}", e.Message);
        }
    });

    /// <summary>The glossary of names and translations applied to queries (corpus/glossary.tsv).</summary>
    public CorpusPortal.Search.Glossary.TermGlossary Glossary { get; }

    /// <summary>Frequency lists, keywords and collocations over the index's passages.</summary>
    public CorpusPortal.Search.Statistics.CorpusStatistics Statistics { get; }

    /// <summary>Up to <paramref name="max"/> of the best passages at once, for a concordance or an export (not one page of hits).</summary>
    public SearchResult SearchMany(string? query, int max) => Following(() => _searcher.Search(query ?? "", Math.Clamp(max, 1, 5000), 0));

    public SearchResult Search(string? query, int top = 10, int skip = 0, string? language = null) =>
        Following(() => _searcher.Search(query ?? "", Math.Clamp(top, 1, 100), Math.Max(0, skip), language));

    /// <summary>
    /// A search with the library following other processes' commits before it and after it: the search itself may
    /// have been the first to see such a commit, and a hit on a document added from outside must open (it would
    /// answer 404 until the next search).
    /// </summary>
    private SearchResult Following(Func<SearchResult> search)
    {
        FollowOutsideWrites();
        var result = search();
        FollowOutsideWrites();
        return result;
    }

    /// <summary>
    /// Whole queries that finish the last word of <paramref name="query"/>, each ending in a space (chosen, it starts the
    /// next word): for the list under the search box. None while the last word is a filter or not yet two letters.
    /// </summary>
    public IReadOnlyList<string> Suggest(string? query, int max = 8)
    {
        if (string.IsNullOrEmpty(query) || char.IsWhiteSpace(query[^1]))
        {
            return [];
        }
        var start = query.LastIndexOfAny([' ', '\t', '"', '(', '+', '-']) + 1;
        return _searcher.Complete(query[start..], max).Select(word => query[..start] + word + " ").ToList();
    }

    /// <summary>The word forms <paramref name="query"/> looks for, or null for a query that does not parse.</summary>
    public CorpusPortal.Search.Query.TermForms? FormsOf(string? query) => _searcher.FormsOf(query);

    /// <summary>The words of <paramref name="text"/> with one of <paramref name="forms"/> (for marking a hit in the reading view).</summary>
    public IReadOnlyList<(int Start, int Length)> Matches(CorpusPortal.Search.Query.TermForms forms, string text, string language) =>
        _searcher.Matches(forms, text, language);

    /// <summary>
    /// Passages of other documents like this document's passages (see <see cref="RelatedFinder"/>), one passage's
    /// lookup at a time, never holding up a search.
    /// </summary>
    /// <param name="yieldEach">When true, the calling thread rests after each passage's lookup as long as the lookup took,
    /// so background work takes at most half of one core and readers keep the rest.</param>
    public List<RelatedPassage> Related(CorpusPortal.Model.Documents.Document document, int max, bool yieldEach = false)
    {
        FollowOutsideWrites();
        var found = new List<RelatedPassage>();
        foreach (var passage in RelatedPassages.Candidates(document))
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            found.AddRange(_related.ForPassage(passage, document.Id));
            if (yieldEach)
            {
                Thread.Sleep(System.Diagnostics.Stopwatch.GetElapsedTime(start));
            }
        }
        return RelatedPassages.Top(found, max);
    }

    /// <summary>Replaces one just-saved document's passages in the index, in one commit, with its file's hash.</summary>
    public void Update(CorpusPortal.Model.Documents.Document document)
    {
        lock (_bookkeeping)
        {
            CorpusIndex.Update(_index, _corpus, document);
            _known = _index.Generation;
        }
        PrepareStatistics();
    }

    /// <summary>Takes an unpublished document's passages out of the index.</summary>
    public void Remove(string documentId)
    {
        lock (_bookkeeping)
        {
            _index.Remove(documentId);
            _known = _index.Generation;
        }
    }

    /// <summary>
    /// Whether the index is open and current: built with today's analysis, protected words and archives (its stamp),
    /// and holding the documents the corpus holds. A detail says how many passages, or what is amiss.
    /// </summary>
    public (bool Healthy, string Detail) Health()
    {
        try
        {
            if (!_index.IsCurrent)
            {
                return (false, "the index was built with another analysis, word list or archive registry");
            }
            var indexed = _index.SourceHashes().Keys.ToHashSet(StringComparer.Ordinal);
            var files = _corpus.Ids().ToHashSet(StringComparer.Ordinal);
            return indexed.SetEquals(files)
                ? (true, $"{_index.PassageCount} passages of {files.Count} documents")
                : (false, $"the index holds {indexed.Count} documents, the corpus {files.Count}: {string.Join(", ", indexed.Except(files).Concat(files.Except(indexed)).Order(StringComparer.Ordinal).Take(5))} differ");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            return (false, "the index cannot be read: " + e.Message);
        }
    }

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
    }

    /// <summary>Rereads the library when the index holds a commit this portal did not make.</summary>
    private void FollowOutsideWrites()
    {
        if (_index.SeenGeneration == Interlocked.Read(ref _known))
        {
            return;
        }
        lock (_bookkeeping)
        {
            var generation = _index.Generation;
            if (generation == _known)
            {
                return;
            }
            // The generation counts as known only once the library has followed it: a search that finds it known
            // then knows the library has the documents its hits name (CI caught a reading page answering 404 while
            // another thread was still reloading the library for the same commit).
            _library.Reload();
            Interlocked.Exchange(ref _known, generation);
        }
    }
}
