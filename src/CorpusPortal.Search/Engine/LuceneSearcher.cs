using System.Globalization;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Glossary;
using CorpusPortal.Search.Query;
using CorpusPortal.Search.Results;

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

    /// <summary>The word forms <paramref name="query"/> looks for, or null for a query that does not parse (marking a reading view).</summary>
    public TermForms? FormsOf(string? query)
    {
        var parsed = QueryParser.Parse(query);
        if (!parsed.IsValid)
        {
            return null;
        }
        return index.Read(searcher => Compile(searcher, parsed, _analyzers.Value!).Forms);
    }

    /// <summary>
    /// The Lucene query for a parsed query on the current commit, compiled once: a query that comes back (the next page,
    /// a popular search) skips the vocabulary and glossary lookups. A compiled query is only read once built, so any
    /// number of searches share it; one compiled on an older commit is compiled again, and the cache is emptied when
    /// it is full.
    /// </summary>
    private CompiledQuery Compile(Lucene.Net.Search.IndexSearcher searcher, ParsedQuery parsed, TextAnalyzer analyzer)
    {
        if (_compiled.TryGetValue(parsed.Text, out var known) && ReferenceEquals(known.Reader, searcher.IndexReader))
        {
            return known;
        }
        var compiler = new LuceneQuery(analyzer, new Vocabulary(searcher.IndexReader, analyzer), glossary);
        var compiled = new CompiledQuery(searcher.IndexReader, compiler.Build(parsed.Root!), compiler.Forms, compiler.Notices);
        if (_compiled.Count >= CompiledCapacity)
        {
            _compiled.Clear();
        }
        _compiled[parsed.Text] = compiled;
        return compiled;
    }

    /// <summary>A query compiled against <see cref="Reader"/> (the vocabulary and the words' rarity are that commit's).</summary>
    private sealed record CompiledQuery(Lucene.Net.Index.IndexReader Reader, Lucene.Net.Search.Query? Query, TermForms Forms, IReadOnlyList<string> Notices);

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
        var filters = language is null ? parsed.Filters : parsed.Filters with { Language = language };
        var page = Math.Clamp(top, 0, 1000);
        return index.Read(searcher =>
        {
            var compiler = Compile(searcher, parsed, analyzer);
            var compiled = compiler.Query;
            var notices = parsed.Notices.Concat(compiler.Notices).ToList();
            if (compiled is null)
            {
                return new SearchResult { Query = query, Error = "the query has only stop words; add a word that says more", Notices = notices, Top = top, Skip = skip };
            }
            var collector = new HitCollector(Math.Max(0, skip) + page);
            try
            {
                searcher.Search(compiled, LuceneQuery.FilterOf(filters), collector);
            }
            catch (Lucene.Net.Search.BooleanQuery.TooManyClausesException)
            {
                // No query of the language gets here today (a prefix past 350 words becomes a filter, derived words
                // stop at 16, the parser at 50 terms); should one ever expand past Lucene's limit, it gets a message.
                return new SearchResult
                {
                    Query = query, Notices = notices, Top = top, Skip = skip,
                    Error = $"the query stands for more than {Lucene.Net.Search.BooleanQuery.MaxClauseCount:N0} words; make its prefixes longer or use fewer words",
                };
            }
            var best = collector.Best().Skip(Math.Max(0, skip)).Take(page).ToList();
            // Prefixes match too many words to list from the query: those hits are marked by analysing their text.
            var offsets = compiler.Forms.Prefixes.Count == 0 ? StoredOffsets.Find(searcher, compiled, best.Select(m => m.Doc).ToList()) : null;
            var hits = best.Select(m => Hit(searcher, m.Doc, m.Score, compiler.Forms, analyzer, offsets?[m.Doc])).ToList();
            var facets = new SearchFacets(collector.Documents, collector.Languages, collector.Kinds,
                new SortedDictionary<string, int>(collector.Years.ToDictionary(y => y.Key.ToString(CultureInfo.InvariantCulture), y => y.Value), StringComparer.Ordinal));
            return new SearchResult { Query = query, Total = collector.Total, Hits = hits, Facets = facets, Notices = notices, Top = top, Skip = skip };
        });
    }

    private SearchHit Hit(Lucene.Net.Search.IndexSearcher searcher, int doc, float score, TermForms forms, TextAnalyzer analyzer,
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
