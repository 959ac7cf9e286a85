using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Counts every matching passage and its facet values (document, language, section kind, year) and keeps only the
/// best <c>keep</c> hits (by score, then corpus order). Facets are counted by ordinal within each segment, from arrays
/// read once per segment (<see cref="SegmentFacets"/>), and turned into strings once per segment, not once per hit, so
/// a query matching thousands of passages stays cheap.
/// </summary>
internal sealed class HitCollector(int keep) : ICollector
{
    private readonly PriorityQueue<int, HitKey> _best = new(Math.Max(1, keep) + 1, WorstFirst.Instance);

    /// <summary>
    /// The documents with most hits so far, the one with fewest first. A document's passages are added to the index in
    /// one block, which Lucene keeps in one segment, so a segment's count for a document is its count.
    /// </summary>
    private readonly PriorityQueue<string, (int Count, string Id)> _mostHits = new(DocumentFacetLimit + 1, FewestFirst.Instance);
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _years = [];
    private Scorer? _scorer;
    private int _base;
    private Segment? _segment;

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    /// <summary>The <see cref="DocumentFacetLimit"/> documents with most hits, most first (a facet lists no more).</summary>
    public IReadOnlyDictionary<string, int> Documents
    {
        get
        {
            Flush();
            return _mostHits.UnorderedItems.Select(d => d.Priority).OrderByDescending(d => d.Count).ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToDictionary(d => d.Id, d => d.Count, StringComparer.Ordinal);
        }
    }

    public const int DocumentFacetLimit = 50;

    public IReadOnlyDictionary<string, int> Languages => new SortedDictionary<string, int>(Finish(_languages), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Kinds => new SortedDictionary<string, int>(Finish(_kinds), StringComparer.Ordinal);

    public IReadOnlyDictionary<int, int> Years => Finish(_years);

    /// <summary>The hits kept, best first: global document number and score.</summary>
    public IReadOnlyList<(int Doc, float Score)> Best()
    {
        Flush();
        var best = new List<(int Doc, float Score)>(_best.Count);
        while (_best.TryDequeue(out var doc, out var key))
        {
            best.Add((doc, key.Score));
        }
        best.Reverse();
        return best;
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _base = context.DocBase;
        _segment = new Segment(SegmentFacets.Of(context.AtomicReader));
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        var facets = segment.Facets;
        var document = facets.Documents[doc];
        if (document < 0)
        {
            return; // a file record, not a passage
        }
        Total++;
        segment.DocumentCounts[document]++;
        Count(segment.LanguageCounts, facets.Languages[doc]);
        Count(segment.KindCounts, facets.Kinds[doc]);
        Count(segment.YearCounts, facets.Years[doc]);
        if (keep == 0)
        {
            return;
        }
        var score = _scorer!.GetScore();
        // Most hits are worse than the worst kept one: no need to touch the queue for them.
        var key = new HitKey(score, facets.DocumentNames[document], doc - facets.FirstPassages[document]);
        if (_best.Count == keep && _best.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(key, worst) <= 0)
        {
            return;
        }
        _best.Enqueue(_base + doc, key);
        if (_best.Count > keep)
        {
            _best.Dequeue();
        }
    }

    private static void Count(int[] counts, int ordinal)
    {
        if (ordinal >= 0)
        {
            counts[ordinal]++;
        }
    }

    private Dictionary<TKey, int> Finish<TKey>(Dictionary<TKey, int> counts)
        where TKey : notnull
    {
        Flush();
        return counts;
    }

    /// <summary>Adds the current segment's ordinal counts to the totals, as strings.</summary>
    private void Flush()
    {
        if (_segment is not { } segment)
        {
            return;
        }
        Keep(segment.Facets.DocumentNames, segment.DocumentCounts);
        Add(_languages, segment.Facets.LanguageNames, segment.LanguageCounts);
        Add(_kinds, segment.Facets.KindNames, segment.KindCounts);
        Add(_years, segment.Facets.YearValues, segment.YearCounts);
        _segment = null;
    }

    /// <summary>Keeps the documents of a segment that have more hits than the fewest kept.</summary>
    private void Keep(string[] names, int[] counts)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            var count = counts[ord];
            if (count == 0)
            {
                continue;
            }
            if (_mostHits.Count == DocumentFacetLimit && _mostHits.TryPeek(out _, out var fewest)
                && FewestFirst.Instance.Compare((count, names[ord]), fewest) <= 0)
            {
                continue;
            }
            _mostHits.Enqueue(names[ord], (count, names[ord]));
            if (_mostHits.Count > DocumentFacetLimit)
            {
                _mostHits.Dequeue();
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, int> totals, TKey[] names, int[] counts)
        where TKey : notnull
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(totals, names[ord], out _) += counts[ord];
            }
        }
    }

    private sealed class Segment(SegmentFacets facets)
    {
        public SegmentFacets Facets { get; } = facets;

        public int[] DocumentCounts { get; } = new int[facets.DocumentNames.Length];

        public int[] LanguageCounts { get; } = new int[facets.LanguageNames.Length];

        public int[] KindCounts { get; } = new int[facets.KindNames.Length];

        public int[] YearCounts { get; } = new int[facets.YearValues.Length];
    }

    /// <summary>Orders documents so that the one with fewest hits (then the last id) comes out first.</summary>
    private sealed class FewestFirst : IComparer<(int Count, string Id)>
    {
        public static readonly FewestFirst Instance = new();

        public int Compare((int Count, string Id) a, (int Count, string Id) b) =>
            a.Count != b.Count ? a.Count.CompareTo(b.Count) : string.CompareOrdinal(b.Id, a.Id);
    }

    /// <summary>
    /// What ranks a hit: its score, then its document's id and its place in the document, so that passages with the same
    /// score come in corpus order whatever order they were indexed in (a rebuild indexes documents side by side, a
    /// publish puts the document last).
    /// </summary>
    private readonly record struct HitKey(float Score, string Document, int Passage);

    /// <summary>Orders the kept hits so that the worst (lowest score, then the latest in corpus order) comes out first.</summary>
    private sealed class WorstFirst : IComparer<HitKey>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare(HitKey a, HitKey b)
        {
            if (a.Score != b.Score)
            {
                return a.Score.CompareTo(b.Score);
            }
            var document = string.CompareOrdinal(b.Document, a.Document);
            return document != 0 ? document : b.Passage.CompareTo(a.Passage);
        }
    }
}
