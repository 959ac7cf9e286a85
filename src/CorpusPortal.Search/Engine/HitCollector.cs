using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Counts every matching passage and its facet values (document, language, section kind, year) and keeps only the
/// best <c>keep</c> hits (by score, then index order). Facets are counted by doc-value ordinal within each segment and
/// turned into strings once per segment, not once per hit, so a query matching thousands of passages stays cheap.
/// </summary>
internal sealed class HitCollector(int keep) : ICollector
{
    private readonly PriorityQueue<int, (float Score, int Doc)> _best = new(Math.Max(1, keep) + 1, WorstFirst.Instance);
    private readonly SortedDictionary<string, int> _documents = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, int> _years = [];
    private Scorer? _scorer;
    private int _base;
    private Segment? _segment;

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, int> Documents => Finish(_documents);

    public IReadOnlyDictionary<string, int> Languages => Finish(_languages);

    public IReadOnlyDictionary<string, int> Kinds => Finish(_kinds);

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
        var reader = context.AtomicReader;
        _base = context.DocBase;
        _segment = new Segment(
            reader.GetSortedDocValues(PassageFields.Document),
            reader.GetSortedDocValues(PassageFields.Language),
            reader.GetSortedDocValues(PassageFields.Kind),
            reader.GetNumericDocValues(PassageFields.Year),
            reader.GetDocsWithField(PassageFields.Year));
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        var document = segment.Documents?.GetOrd(doc) ?? -1;
        if (document < 0)
        {
            return; // a file record, not a passage
        }
        Total++;
        segment.Count(segment.DocumentCounts, document);
        segment.Count(segment.LanguageCounts, segment.Languages?.GetOrd(doc) ?? -1);
        segment.Count(segment.KindCounts, segment.Kinds?.GetOrd(doc) ?? -1);
        if (segment.HasYear?.Get(doc) == true)
        {
            var year = (int)segment.Years!.Get(doc);
            _years[year] = _years.GetValueOrDefault(year) + 1;
        }
        if (keep > 0)
        {
            _best.Enqueue(_base + doc, (_scorer!.GetScore(), _base + doc));
            if (_best.Count > keep)
            {
                _best.Dequeue();
            }
        }
    }

    private SortedDictionary<TKey, int> Finish<TKey>(SortedDictionary<TKey, int> counts)
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
        Add(_documents, segment.Documents, segment.DocumentCounts);
        Add(_languages, segment.Languages, segment.LanguageCounts);
        Add(_kinds, segment.Kinds, segment.KindCounts);
        _segment = null;
    }

    private static void Add(SortedDictionary<string, int> totals, SortedDocValues? values, int[] counts)
    {
        var term = new BytesRef();
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                values!.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                totals[key] = totals.GetValueOrDefault(key) + counts[ord];
            }
        }
    }

    private sealed class Segment(SortedDocValues? documents, SortedDocValues? languages, SortedDocValues? kinds, NumericDocValues? years, IBits? hasYear)
    {
        public SortedDocValues? Documents { get; } = documents;

        public SortedDocValues? Languages { get; } = languages;

        public SortedDocValues? Kinds { get; } = kinds;

        public NumericDocValues? Years { get; } = years;

        public IBits? HasYear { get; } = hasYear;

        public int[] DocumentCounts { get; } = new int[documents?.ValueCount ?? 0];

        public int[] LanguageCounts { get; } = new int[languages?.ValueCount ?? 0];

        public int[] KindCounts { get; } = new int[kinds?.ValueCount ?? 0];

        public void Count(int[] counts, int ord)
        {
            if (ord >= 0)
            {
                counts[ord]++;
            }
        }
    }

    /// <summary>Orders the kept hits so that the worst (lowest score, then latest in the index) comes out first.</summary>
    private sealed class WorstFirst : IComparer<(float Score, int Doc)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Score, int Doc) a, (float Score, int Doc) b) =>
            a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc);
    }
}
