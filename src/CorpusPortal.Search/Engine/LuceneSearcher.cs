using System.Globalization;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Query;
using CorpusPortal.Search.Results;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Runs a query against the Lucene passage index: parse, compile (<see cref="LuceneQuery"/>), rank (BM25), page, count
/// facets from doc values, mark the words in each hit. Thread-safe: any number of searches run at once.
/// </summary>
public sealed class LuceneSearcher(PassageIndex index) : IDisposable
{
    /// <summary>An analyzer per thread: it keeps a stemmer with state, and its caches make marking the hits cheap.</summary>
    private readonly ThreadLocal<TextAnalyzer> _analyzers = new(() => new TextAnalyzer(index.ProtectedWords));

    public void Dispose() => _analyzers.Dispose();

    public SearchResult Search(string query, int top = 10, int skip = 0, string? language = null)
    {
        var parsed = QueryParser.Parse(query);
        if (!parsed.IsValid)
        {
            return new SearchResult { Query = query, Error = parsed.Error, Notices = parsed.Notices, Top = top, Skip = skip };
        }
        var analyzer = _analyzers.Value!;
        var compiler = new LuceneQuery(analyzer);
        var compiled = compiler.Build(parsed.Root!);
        var notices = parsed.Notices.Concat(compiler.Notices).ToList();
        if (compiled is null)
        {
            return new SearchResult { Query = query, Error = "the query has only stop words; add a word that says more", Notices = notices, Top = top, Skip = skip };
        }
        var filters = language is null ? parsed.Filters : parsed.Filters with { Language = language };
        return index.Read(searcher =>
        {
            var collector = new HitCollector();
            searcher.Search(compiled, LuceneQuery.FilterOf(filters), collector);
            var matching = collector.Hits;
            var hits = matching.OrderByDescending(m => m.Score).ThenBy(m => m.Doc)
                .Skip(Math.Max(0, skip)).Take(Math.Clamp(top, 0, 1000))
                .Select(m => Hit(searcher, m, compiler.Forms, analyzer)).ToList();
            return new SearchResult { Query = query, Total = matching.Count, Hits = hits, Facets = Count(matching), Notices = notices, Top = top, Skip = skip };
        });
    }

    private static SearchFacets Count(List<MatchedPassage> matching)
    {
        var documents = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var languages = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var sections = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var years = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var hit in matching)
        {
            Increment(documents, hit.Document);
            Increment(languages, hit.Language);
            Increment(sections, hit.Kind);
            if (hit.Year is { } year)
            {
                Increment(years, year.ToString(CultureInfo.InvariantCulture));
            }
        }
        return new SearchFacets(documents, languages, sections, years);
    }

    private static void Increment(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static SearchHit Hit(Lucene.Net.Search.IndexSearcher searcher, MatchedPassage match, TermForms forms, TextAnalyzer analyzer)
    {
        var stored = searcher.Doc(match.Doc);
        var text = stored.Get(PassageFields.Text);
        var matches = Highlighter.Matches(text, match.Language, forms, analyzer);
        return new SearchHit
        {
            Document = match.Document,
            Anchor = stored.Get(PassageFields.Anchor),
            SectionAnchor = stored.Get(PassageFields.Section),
            SectionTitle = stored.Get(PassageFields.SectionTitle),
            Section = match.Kind,
            Language = match.Language,
            Year = match.Year,
            Text = text,
            Score = Math.Round(match.Score, 4),
            Matches = matches,
            Snippet = Highlighter.Snippet(text, matches),
            Kwic = Highlighter.Kwic(text, matches),
        };
    }
}
