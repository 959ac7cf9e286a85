using System.Globalization;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Glossary;
using CorpusPortal.Search.Query;
using CorpusPortal.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Runs a query against the Lucene passage index: parse, compile (<see cref="LuceneQuery"/>), rank (BM25), page, count
/// facets from doc values, mark the words in each hit. Thread-safe: any number of searches run at once.
/// </summary>
public sealed class LuceneSearcher(PassageIndex index, TermGlossary? glossary = null) : IDisposable
{
    /// <summary>An analyzer per thread: it keeps a stemmer with state, and its caches make marking the hits cheap.</summary>
    private readonly ThreadLocal<TextAnalyzer> _analyzers = new(() => new TextAnalyzer(index.ProtectedWords));

    /// <summary>The passages of recent hits (the stored fields of a passage take long to read).</summary>
    private readonly StoredPassages _stored = new(capacity: 4096);

    private const int CompiledCapacity = 1024;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CompiledQuery> _compiled = new(StringComparer.Ordinal);

    public void Dispose() => _analyzers.Dispose();

    /// <summary>Ways to finish the word being typed (see <see cref="WordCompletions"/>), at most <paramref name="max"/>.</summary>
    public IReadOnlyList<string> Complete(string typed, int max) =>
        index.Read(searcher => WordCompletions.For(searcher.IndexReader, _analyzers.Value!, glossary ?? TermGlossary.Empty, typed, max));

    /// <summary>The word forms <paramref name="query"/> looks for, or null for a query that does not parse (marking a reading view).</summary>
    public TermForms? FormsOf(string? query)
    {
        var parsed = QueryParser.Parse(query);
        if (!parsed.IsValid)
        {
            return null;
        }
        return index.Read(searcher => Compile(searcher, parsed, language: null, _analyzers.Value!).Forms);
    }

    /// <summary>
    /// A parsed query on the current commit, compiled once: a query that comes back (the next page, a popular search)
    /// skips the vocabulary and glossary lookups, the rewriting of its prefixes and the weighing of its terms. A
    /// compiled query is only read once built (a Lucene weight gives any number of searches their own scorers; only the
    /// count of passages with all the words is written, once known, as one int), so any number of searches share it; one compiled on an older commit is compiled again (and the first such search drops
    /// every entry of older commits), and the cache is emptied when it is full.
    /// </summary>
    private CompiledQuery Compile(IndexSearcher searcher, ParsedQuery parsed, string? language, TextAnalyzer analyzer)
    {
        var key = language is null ? parsed.Text : $"{parsed.Text}\n{language}";
        if (_compiled.TryGetValue(key, out var known) && ReferenceEquals(known.Reader, searcher.IndexReader))
        {
            return known;
        }
        if (known is not null)
        {
            // A newer commit: every query compiled on an older one is compiled again when asked for, and until then
            // would keep that commit's readers in memory.
            foreach (var (stale, entry) in _compiled)
            {
                if (!ReferenceEquals(entry.Reader, searcher.IndexReader))
                {
                    _compiled.TryRemove(new KeyValuePair<string, CompiledQuery>(stale, entry));
                }
            }
        }
        var compiler = new LuceneQuery(analyzer, new Vocabulary(searcher.IndexReader, analyzer), glossary);
        var query = compiler.Build(parsed.Root!);
        var compiled = new CompiledQuery(searcher.IndexReader, compiler.Forms, compiler.Notices);
        if (query is not null)
        {
            var filter = LuceneQuery.FilterOf(language is null ? parsed.Filters : parsed.Filters with { Language = language });
            Weight WeightOf(Lucene.Net.Search.Query query) => searcher.CreateNormalizedWeight(filter is null ? query : new FilteredQuery(query, filter));
            try
            {
                compiled = compiled with
                {
                    Weight = WeightOf(query),
                    Terms = StoredOffsets.Locate(searcher, [.. StoredOffsets.TermsOf(searcher, query), .. compiler.AlsoMarked]),
                    SideBySide = LuceneQuery.SideBySide(query) is var (all, any) ? (WeightOf(all), new PassageCounter(searcher, any, filter)) : null,
                };
            }
            catch (BooleanQuery.TooManyClausesException)
            {
                // No query of the language gets here today (a prefix past 350 words becomes a filter, derived words
                // stop at 16, the parser at 50 terms); should one ever expand past Lucene's limit, it gets a message.
                compiled = compiled with
                {
                    Error = QueryNote.Of("too-many-words", $"the query stands for more than {BooleanQuery.MaxClauseCount:N0} words; make its prefixes longer or use fewer words", BooleanQuery.MaxClauseCount.ToString(CultureInfo.InvariantCulture)),
                };
            }
        }
        if (_compiled.Count >= CompiledCapacity)
        {
            _compiled.Clear();
        }
        _compiled[key] = compiled;
        return compiled;
    }

    /// <summary>
    /// A query compiled against <see cref="Reader"/> (the vocabulary and the words' rarity are that commit's): its
    /// weight (null when only stop words are left, or on an <see cref="Error"/>), and the terms it looks for.
    /// </summary>
    private sealed record CompiledQuery(IndexReader Reader, TermForms Forms, IReadOnlyList<QueryNote> Notices)
    {
        public Weight? Weight { get; init; }

        public IReadOnlyList<(Term Term, TermContext Where)> Terms { get; init; } = [];

        public QueryNote? Error { get; init; }

        /// <summary>For optional words side by side: the weight to rank the passages with all of them, and the counter of those with any.</summary>
        public (Weight AllWords, PassageCounter AnyWord)? SideBySide { get; init; }

        /// <summary>How many passages have all the words side by side, once a search has counted them (-1 before).</summary>
        public int AllWordsPassages { get; set; } = -1;
    }

    /// <summary>
    /// Every passage <paramref name="query"/> finds on <paramref name="searcher"/>'s commit, marked segment by segment
    /// (none ranked: for statistics over them), or why the query does not read.
    /// </summary>
    public (FixedBitSet?[]? Segments, string? Error) Match(IndexSearcher searcher, string query)
    {
        var parsed = QueryParser.Parse(query);
        if (!parsed.IsValid)
        {
            return (null, parsed.Error!.Text);
        }
        var compiled = Compile(searcher, parsed, language: null, _analyzers.Value!);
        if (compiled.Weight is null)
        {
            return (null, (compiled.Error ?? QueryNote.Of("only-stop-words", "the query has only stop words; add a word that says more")).Text);
        }
        var leaves = searcher.IndexReader.Leaves;
        var marks = new FixedBitSet?[leaves.Count];
        for (var l = 0; l < leaves.Count; l++)
        {
            if (compiled.Weight.GetScorer(leaves[l], leaves[l].AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }
            var found = new FixedBitSet(leaves[l].AtomicReader.MaxDoc);
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                found.Set(doc);
            }
            marks[l] = found;
        }
        return (marks, null);
    }

    /// <summary>Where in <paramref name="text"/> the words with one of <paramref name="forms"/> are.</summary>
    public IReadOnlyList<(int Start, int Length)> Matches(TermForms forms, string text, string language) =>
        Highlighter.Matches(text, language, forms, _analyzers.Value!);

    public SearchResult Search(string query, int top = 10, int skip = 0, string? language = null)
    {
        var parsed = QueryParser.Parse(query);
        if (!parsed.IsValid)
        {
            return new SearchResult { Query = query, Error = parsed.Error, Notices = parsed.Notices, Top = top, Skip = skip };
        }
        var analyzer = _analyzers.Value!;
        var page = Math.Clamp(top, 0, 1000);
        return index.Read(searcher =>
        {
            var compiled = Compile(searcher, parsed, language, analyzer);
            var notices = parsed.Notices.Concat(compiled.Notices).ToList();
            if (compiled.Weight is null)
            {
                return new SearchResult
                {
                    Query = query, Notices = notices, Top = top, Skip = skip,
                    Error = compiled.Error ?? QueryNote.Of("only-stop-words", "the query has only stop words; add a word that says more"),
                };
            }
            var (ranked, counted) = Collect(searcher, compiled, Math.Max(0, skip) + page);
            var best = ranked.Best().Skip(Math.Max(0, skip)).Take(page).ToList();
            // Prefixes match too many words to list from the query: those hits are marked by analysing their text.
            var offsets = compiled.Forms.Prefixes.Count == 0 ? StoredOffsets.Find(searcher, compiled.Terms, best.Select(m => m.Doc).ToList()) : null;
            var hits = best.Select(m => Hit(searcher, m.Doc, m.Score, compiled.Forms, analyzer, offsets?[m.Doc])).ToList();
            var facets = new SearchFacets(counted.Documents, counted.Languages, counted.Kinds,
                new SortedDictionary<string, int>(counted.Years.ToDictionary(y => y.Key.ToString(CultureInfo.InvariantCulture), y => y.Value), StringComparer.Ordinal));
            return new SearchResult { Query = query, Total = counted.Total, Hits = hits, Facets = facets, Notices = notices, Top = top, Skip = skip };
        });
    }

    /// <summary>
    /// The best <paramref name="keep"/> passages (ranked) and every matching passage counted by facet (counted): one
    /// pass that scores every match, or, for optional words side by side when at least <paramref name="keep"/>
    /// passages have them all, a pass that scores only those and one that counts the others without scoring them.
    /// </summary>
    private static (HitCollector Ranked, HitCollector Counted) Collect(IndexSearcher searcher, CompiledQuery compiled, int keep)
    {
        // Once the passages with all the words have been counted, a page they cannot fill goes straight to scoring all.
        if (compiled.SideBySide is var (allWords, anyWord) && (compiled.AllWordsPassages < 0 || compiled.AllWordsPassages >= keep))
        {
            var ranked = Run(searcher, allWords, new HitCollector(keep));
            compiled.AllWordsPassages = ranked.Total;
            if (ranked.Total >= keep)
            {
                var counted = new HitCollector(keep: 0);
                anyWord.Count(searcher, counted);
                return (ranked, counted);
            }
        }
        var all = Run(searcher, compiled.Weight!, new HitCollector(keep));
        return (all, all);
    }

    private static HitCollector Run(IndexSearcher searcher, Weight weight, HitCollector collector)
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
        }
        return collector;
    }

    private SearchHit Hit(IndexSearcher searcher, int doc, float score, TermForms forms, TextAnalyzer analyzer,
        List<(int Start, int Length)>? offsets)
    {
        var stored = _stored.Get(searcher, doc);
        var text = stored.Text;
        var matches = offsets is null ? Highlighter.Matches(text, stored.Language, forms, analyzer) : Highlighter.WithUnits(text, offsets, forms);
        return new SearchHit
        {
            Document = stored.Document,
            Title = stored.Titles.GetValueOrDefault(stored.Language) ?? stored.Titles.Values.FirstOrDefault(),
            Authors = stored.Authors,
            Anchor = stored.Anchor,
            SectionAnchor = stored.Section,
            SectionTitle = stored.SectionTitle,
            Section = stored.Kind,
            Language = stored.Language,
            Year = stored.Year,
            Text = text,
            Score = Math.Round(score, 4),
            Matches = matches,
            Snippet = Highlighter.Snippet(text, matches),
            Kwic = Highlighter.Kwic(text, matches),
        };
    }
}
