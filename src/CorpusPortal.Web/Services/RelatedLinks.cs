using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Results;

namespace CorpusPortal.Web.Services;

/// <summary>A link from a passage of this document to a like passage of another.</summary>
public sealed record RelatedLink(string FromAnchor, string Document, string Anchor, string Text, IReadOnlyList<string> SharedWords, double Score);

/// <summary>
/// Related passages across the corpus, made symmetric: if a passage of A is like one of B, B's page shows it too.
/// They are found off the request path, by one background worker: every document at start, then, after a publish,
/// the document published and those that linked to it. Each round ends by swapping in a whole new table; a reader
/// only ever looks one up (an empty list while the first round runs), so no page view waits for them and a search
/// waits at most for one passage's lookup. The worker rests as long as it works, so it never takes more than half a
/// core from the readers.
/// </summary>
public sealed class RelatedLinks : IDisposable
{
    private const int PerDocument = 5;

    private readonly CorpusLibrary _library;
    private readonly SearchService _search;
    private readonly ILogger<RelatedLinks> _logger;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, List<RelatedPassage>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Document> _prepared = new(StringComparer.Ordinal);
    private readonly Lock _swapping = new();
    private volatile Table _table = new(new Dictionary<string, List<RelatedLink>>(StringComparer.Ordinal), -1);
    private bool _working;

    public RelatedLinks(CorpusLibrary library, SearchService search, ILogger<RelatedLinks> logger)
    {
        _library = library;
        _search = search;
        _logger = logger;
        library.Changed += Schedule;
        foreach (var document in library.Documents)
        {
            _pending.Add(document.Id);
        }
        _ = Task.Run(Work);
        _signal.Release();
    }

    /// <summary>Raised after a new table is swapped in, with the documents whose related passages changed.</summary>
    public event Action<IReadOnlyCollection<string>>? Swapped;

    public IReadOnlyList<RelatedLink> For(string documentId) => _table.Links.GetValueOrDefault(documentId) ?? [];

    /// <summary>True when the table reflects the library as it is now (nothing waiting or being computed).</summary>
    public bool IsCurrent
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count == 0 && !_working && _table.Version == _library.Version;
            }
        }
    }

    /// <summary>Waits until the table reflects the library (tests and warm-up use it; readers never wait).</summary>
    public async Task WhenCurrent(CancellationToken cancel = default)
    {
        while (!IsCurrent)
        {
            await Task.Delay(20, cancel);
        }
    }

    public void Dispose()
    {
        _library.Changed -= Schedule;
        _stop.Cancel();
        _signal.Release();
    }

    /// <summary>
    /// Finds the related passages of a document about to be published (it is in the index, not yet in the library), so
    /// that its page shows them from its first view: the page is not rendered once without them and again when they
    /// arrive. The worker does not look the same document up again.
    /// </summary>
    public void Prepare(Document document)
    {
        var found = _search.Related(document, PerDocument);
        lock (_gate)
        {
            _outgoing[document.Id] = found;
            _prepared[document.Id] = document;
        }
        Swap(_table.Version, document);
    }

    private void Schedule(string documentId)
    {
        lock (_gate)
        {
            _pending.Add(documentId);
            // Documents whose links pointed at the changed one are looked up again too (its passages moved or went).
            foreach (var (id, links) in _outgoing)
            {
                if (links.Any(l => l.Document == documentId))
                {
                    _pending.Add(id);
                }
            }
        }
        _signal.Release();
    }

    private async Task Work()
    {
        while (!_stop.IsCancellationRequested)
        {
            await _signal.WaitAsync();
            List<string> ids;
            long version;
            lock (_gate)
            {
                ids = [.. _pending.Order(StringComparer.Ordinal)];
                _pending.Clear();
                version = _library.Version;
                if (ids.Count == 0 && _table.Version == version)
                {
                    continue;
                }
                _working = true;
            }
            try
            {
                foreach (var id in ids)
                {
                    if (_stop.IsCancellationRequested)
                    {
                        return;
                    }
                    var current = _library.Find(id);
                    lock (_gate)
                    {
                        if (current is not null && _prepared.Remove(id, out var prepared) && ReferenceEquals(prepared, current))
                        {
                            continue;
                        }
                    }
                    var found = current is not null ? _search.Related(current, PerDocument, yieldEach: true) : null;
                    lock (_gate)
                    {
                        if (found is null)
                        {
                            _outgoing.Remove(id);
                        }
                        else
                        {
                            _outgoing[id] = found;
                        }
                    }
                }
                Swap(version);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "related passages could not be computed; the previous ones stay");
            }
            finally
            {
                lock (_gate)
                {
                    _working = false;
                }
            }
        }
    }

    /// <summary>Builds the whole table from the outgoing links, both ways, for the documents that exist, and swaps it in.</summary>
    private void Swap(long version, Document? incoming = null)
    {
        lock (_swapping)
        {
            SwapAlone(version, incoming);
        }
    }

    private void SwapAlone(long version, Document? incoming)
    {
        var documents = incoming is null ? _library.Documents : [.. _library.Documents.Where(d => d.Id != incoming.Id), incoming];
        var passages = documents.ToDictionary(d => d.Id, d => PassageExtractor.Passages(d).ToDictionary(p => p.Anchor, p => p.Text, StringComparer.Ordinal), StringComparer.Ordinal);
        var links = documents.ToDictionary(d => d.Id, _ => new List<RelatedLink>(), StringComparer.Ordinal);
        List<(string Id, List<RelatedPassage> Found)> outgoing;
        lock (_gate)
        {
            outgoing = _outgoing.Select(o => (o.Key, o.Value)).ToList();
        }
        foreach (var (id, found) in outgoing)
        {
            if (!passages.TryGetValue(id, out var own))
            {
                continue;
            }
            foreach (var related in found.Where(r => passages.TryGetValue(r.Document, out var theirs) && theirs.ContainsKey(r.Anchor) && own.ContainsKey(r.FromAnchor)))
            {
                links[id].Add(new RelatedLink(related.FromAnchor, related.Document, related.Anchor, passages[related.Document][related.Anchor], related.SharedWords, related.Score));
                links[related.Document].Add(new RelatedLink(related.Anchor, id, related.FromAnchor, own[related.FromAnchor], related.SharedWords, related.Score));
            }
        }
        var before = _table.Links;
        var after = links.ToDictionary(l => l.Key, l => l.Value
            .GroupBy(r => (r.Document, r.Anchor)).Select(g => g.MaxBy(r => r.Score)!)
            .OrderByDescending(r => r.Score).Take(PerDocument).ToList(), StringComparer.Ordinal);
        _table = new Table(after, version);
        var changed = after.Keys.Concat(before.Keys).Distinct(StringComparer.Ordinal)
            .Where(id => !Keys(before.GetValueOrDefault(id)).SequenceEqual(Keys(after.GetValueOrDefault(id))))
            .ToList();
        if (changed.Count > 0)
        {
            Swapped?.Invoke(changed);
        }
    }

    private static IEnumerable<(string, string, string, double)> Keys(List<RelatedLink>? links) =>
        (links ?? []).Select(l => (l.FromAnchor, l.Document, l.Anchor, l.Score));

    private sealed record Table(Dictionary<string, List<RelatedLink>> Links, long Version);
}
