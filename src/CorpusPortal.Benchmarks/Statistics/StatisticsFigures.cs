using System.Diagnostics;
using System.Globalization;
using CorpusPortal.Benchmarks.Search;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Statistics;

namespace CorpusPortal.Benchmarks.Statistics;

/// <summary>
/// The statistics figures of docs/performance.md over the search benchmark's synthetic corpus (10,000 papers by
/// default): building the segments' token columns once, then frequency lists (whole corpus, one language, what a
/// query finds), a document's keywords and a word's collocations, each timed over repeated runs. Goals (issue 13):
/// a frequency list within 2 s, the collocations of one word within 500 ms.
/// </summary>
internal static class StatisticsFigures
{
    public static int Run(TextWriter output, int papers)
    {
        var corpus = new CorpusFolder(Path.Combine(RepositoryFiles.Root, "corpus"));
        var seeds = corpus.ReadAll().ToList();
        var protectedWords = CorpusIndex.ProtectedWords(corpus);
        var folder = Path.Combine(Path.GetTempPath(), "corpus-stats-" + Guid.NewGuid().ToString("N"));
        try
        {
            var documents = SyntheticCorpus.Papers(seeds, papers).ToList();
            using var index = PassageIndex.Open(folder, protectedWords);
            index.Rebuild(documents.Select(d => (d, (string?)null)));
            using var searcher = new LuceneSearcher(index, CorpusIndex.Glossary(corpus).Glossary);
            var statistics = new CorpusStatistics(index, searcher, new TokenColumns(new TokenVocabulary(protectedWords)));
            output.WriteLine(Invariant($"corpus statistics over {papers:N0} synthetic papers, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
            var clock = Stopwatch.StartNew();
            var whole = statistics.Frequencies(new StatisticsScope(), CountBy.Form, top: 1).Table!;
            output.WriteLine(Invariant($"  token columns built in {clock.Elapsed.TotalMilliseconds:F0} ms (once per segment; {whole.Words:N0} words in {whole.Passages:N0} passages)"));
            var ok = true;
            (string Name, Func<object?> Run, double Goal)[] cases =
            [
                ("frequency list, forms, whole corpus", () => statistics.Frequencies(new StatisticsScope(), CountBy.Form).Table, 2000),
                ("frequency list, stems, whole corpus", () => statistics.Frequencies(new StatisticsScope(), CountBy.Stem).Table, 2000),
                ("frequency list, forms, Turkish", () => statistics.Frequencies(new StatisticsScope(Language: "tr"), CountBy.Form).Table, 2000),
                ("frequency list, forms, query Karabağ", () => statistics.Frequencies(new StatisticsScope(Query: "Karabağ"), CountBy.Form).Table, 2000),
                ("keywords of one paper, forms", () => statistics.Keywords(documents[0].Id, CountBy.Form).Table, 2000),
                ("collocations of Azerbaycan, forms, ±5", () => statistics.Collocations("Azerbaycan", new StatisticsScope(), CountBy.Form).Table, 500),
                ("collocations of köprü, stems, ±5", () => statistics.Collocations("köprü", new StatisticsScope(), CountBy.Stem).Table, 500),
            ];
            foreach (var (name, run, goal) in cases)
            {
                run();
                var times = new List<double>();
                for (var i = 0; i < 7; i++)
                {
                    var lap = Stopwatch.StartNew();
                    if (run() is null)
                    {
                        output.WriteLine($"  {name}: no table");
                        ok = false;
                    }
                    times.Add(lap.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                output.WriteLine(Invariant($"  {name,-42} p50 {times[3],7:F1} ms   max {times[^1],7:F1} ms   (goal {goal:N0} ms)"));
                ok &= times[3] <= goal;
            }
            return ok ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
