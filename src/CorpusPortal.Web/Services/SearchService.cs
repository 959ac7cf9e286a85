using CorpusPortal.Search.Index;
using CorpusPortal.Search.Results;

namespace CorpusPortal.Web.Services;

/// <summary>
/// The search index of the corpus, opened (and built when missing or stale) when the portal starts. One SQLite
/// connection serves every request, one at a time.
/// </summary>
public sealed class SearchService : IDisposable
{
    private readonly SearchIndex _index;
    private readonly Searcher _searcher;
    private readonly Lock _gate = new();
    private readonly CorpusPortal.Corpus.Store.CorpusFolder _corpus;

    public SearchService(CorpusLibrary library, PortalOptions options, ILogger<SearchService> logger)
    {
        logger.LogInformation("opening the search index in {Data} (built from {Corpus} when missing or stale)", options.DataFolder, options.CorpusFolder);
        _corpus = library.Folder;
        _index = CorpusIndex.OpenCurrent(library.Folder, options.DataFolder,
            skipped: problem => logger.LogWarning("left a canonical file that does not read out of the index: {Problem}", problem.ToString()));
        _searcher = new Searcher(_index);
        logger.LogInformation("search index ready: {Passages} passages", _index.PassageCount);
    }

    public SearchResult Search(string? query, int top = 10, int skip = 0, string? language = null)
    {
        lock (_gate)
        {
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
            return Highlighter.Matches(text, language, forms, _index.Analyzer);
        }
    }

    /// <summary>
    /// Passages of other documents like this document's passages (see <see cref="RelatedPassages"/>). The index is held
    /// for one passage's lookup at a time, so searches run between them.
    /// </summary>
    public List<RelatedPassage> Related(CorpusPortal.Model.Documents.Document document, int max)
    {
        var finder = new RelatedPassages(_index);
        var found = new List<RelatedPassage>();
        foreach (var passage in RelatedPassages.Candidates(document))
        {
            lock (_gate)
            {
                found.AddRange(finder.ForPassage(passage, document.Id));
            }
        }
        return RelatedPassages.Top(found, max);
    }

    /// <summary>Replaces one just-saved document's passages in the index, in one transaction, with its file's hash.</summary>
    public void Update(CorpusPortal.Model.Documents.Document document)
    {
        lock (_gate)
        {
            CorpusIndex.Update(_index, _corpus, document);
        }
    }

    /// <summary>Takes an unpublished document's passages out of the index.</summary>
    public void Remove(string documentId)
    {
        lock (_gate)
        {
            _index.Remove(documentId);
        }
    }

    public void Dispose() => _index.Dispose();
}
