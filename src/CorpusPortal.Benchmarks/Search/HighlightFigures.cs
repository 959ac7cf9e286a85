using System.Diagnostics;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Glossary;
using CorpusPortal.Search.Query;
using Lucene.Net.Search.Highlight;
using static System.FormattableString;

namespace CorpusPortal.Benchmarks.Search;

/// <summary>
/// Marking the words of ten hits: the portal's way (the offsets stored in the postings, inside a whole search) beside
/// Lucene.Net.Highlighter's <see cref="Highlighter"/> with the same analyzers, which analyses each hit's text again
/// (on one field only, the stems: a lower bound of what three fields would cost). docs/performance.md.
/// </summary>
internal static class HighlightFigures
{
    private const string Query = "köprü";
    private const int Runs = 500;

    public static void Run(TextWriter output, PassageIndex index, LuceneSearcher searcher, TermGlossary? glossary)
    {
        var hits = searcher.Search(Query, 10).Hits;
        var analyzer = PassageFields.Analyzer(index.ProtectedWords);
        var compiled = index.Read(s =>
        {
            var words = new TextAnalyzer(index.ProtectedWords);
            return new LuceneQuery(words, new Vocabulary(s.IndexReader, words), glossary).Build(QueryParser.Parse(Query).Root!)!;
        });
        var withHits = P50(() => searcher.Search(Query, 10));
        var withoutHits = P50(() => searcher.Search(Query, 0));
        var lucene = P50(() =>
        {
            foreach (var hit in hits)
            {
                var field = PassageFields.TextField(hit.Language, CorpusPortal.Search.Analysis.Components.FieldForm.Stem);
                var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new QueryScorer(compiled, field))
                {
                    TextFragmenter = new SimpleFragmenter(240),
                };
                highlighter.GetBestFragment(analyzer, field, hit.Text);
            }
        });
        output.WriteLine(Invariant($"  ten hits of '{Query}' marked, snippets and KWIC: {withHits - withoutHits:F3} ms (a search with its top 10 less one without, p50)"));
        output.WriteLine(Invariant($"      Lucene.Net.Highlighter's Highlighter, the stem field only, best fragment: {lucene:F3} ms"));
    }

    private static double P50(Action action)
    {
        for (var i = 0; i < 50; i++)
        {
            action();
        }
        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        times.Sort();
        return times[Runs / 2];
    }
}
