using CorpusPortal.Search.Index;
using CorpusPortal.Search.Results;

namespace CorpusPortal.Web.Services;

/// <summary>
/// The search index of the corpus, opened (and built when missing or stale) when the portal starts. One SQLite
/// connection serves every request, one at a time. When another process writes the index (<c>corpus import</c> or
/// <c>corpus index</c> beside a running portal), the connection is opened anew and the library read again before
/// the next request, so searches keep answering and the documents that process added can be read.
/// </summary>
public sealed class SearchService : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CorpusLibrary _library;
    private readonly CorpusPortal.Corpus.Store.CorpusFolder _corpus;
    private readonly string _dataFolder;
    private readonly ILogger<SearchService> _logger;
    private SearchIndex _index;
    private Searcher _searcher;
    private long _seen;

    public SearchService(CorpusLibrary library, PortalOptions options, ILogger<SearchService> logger)
    {
        logger.LogInformation("opening the search index in {Data} (built from {Corpus} when missing or stale)", options.DataFolder, options.CorpusFolder);
        _library = library;
        _corpus = library.Folder;
        _dataFolder = options.DataFolder;
        _logger = logger;
        _index = CorpusIndex.OpenCurrent(library.Folder, options.DataFolder,
            skipped: problem => logger.LogWarning("left a canonical file that does not read out of the index: {Problem}", problem.ToString()));
        _searcher = new Searcher(_index);
        _seen = _index.DataVersion();
        logger.LogInformation("search index ready: {Passages} passages", _index.PassageCount);
    }

    /// <summary>Under the lock: reopens the index and rereads the library when another process wrote the index.</summary>
    private void FollowOutsideWrites()
    {
        if (_index.DataVersion() == _seen)
        {
            return;
        }
        _logger.LogInformation("the search index was written by another process; reopening it and rereading the corpus");
        _index.Dispose();
        _index = CorpusIndex.OpenCurrent(_corpus, _dataFolder,
            skipped: problem => _logger.LogWarning("left a canonical file that does not read out of the index: {Problem}", problem.ToString()));
        _searcher = new Searcher(_index);
        _seen = _index.DataVersion();
        _library.Reload();
    }

    public SearchResult Search(string? query, int top = 10, int skip = 0, string? language = null)
    {
        lock (_gate)
        {
            FollowOutsideWrites();
            return _searcher.Search(query ?? "", Math.Clamp(top, 1, 100), Math.Max(0, skip), language);
        }
    }

    /// <summary>The word forms <paramref name="query"/> looks for, or null for a query that does not parse.</summary>
    public CorpusPortal.Search.Query.TermForms? FormsOf(string? query)
    {
        var parsed = CorpusPortal.Search.Query.QueryParser.Parse(query);
        if (!parsed.IsValid)
        {
            return null;
        }
        lock (_gate)
        {
            FollowOutsideWrites();
            var expression = new CorpusPortal.Search.Query.MatchExpression(_index.Analyzer);
            expression.Build(parsed.Root!);
            return expression.Forms;
        }
    }

    /// <summary>The words of <paramref name="text"/> with one of <paramref name="forms"/> (for marking a hit in the reading view).</summary>
    public IReadOnlyList<(int Start, int Length)> Matches(CorpusPortal.Search.Query.TermForms forms, string text, string language)
    {
        lock (_gate)
        {
            FollowOutsideWrites();
            return Highlighter.Matches(text, language, forms, _index.Analyzer);
        }
    }

    /// <summary>
    /// Passages of other documents like this document's passages (see <see cref="RelatedPassages"/>). The index is held
    /// for one passage's lookup at a time, so searches run between them.
    /// </summary>
    public List<RelatedPassage> Related(CorpusPortal.Model.Documents.Document document, int max)
    {
        var found = new List<RelatedPassage>();
        foreach (var passage in RelatedPassages.Candidates(document))
        {
            lock (_gate)
            {
                FollowOutsideWrites();
                found.AddRange(new RelatedPassages(_index).ForPassage(passage, document.Id));
            }
        }
        return RelatedPassages.Top(found, max);
    }

    /// <summary>Replaces one just-saved document's passages in the index, in one transaction, with its file's hash.</summary>
    public void Update(CorpusPortal.Model.Documents.Document document)
    {
        lock (_gate)
        {
            FollowOutsideWrites();
            CorpusIndex.Update(_index, _corpus, document);
        }
    }

    /// <summary>Takes an unpublished document's passages out of the index.</summary>
    public void Remove(string documentId)
    {
        lock (_gate)
        {
            FollowOutsideWrites();
            _index.Remove(documentId);
        }
    }

    public void Dispose() => _index.Dispose();
}
