using System.Diagnostics;
using System.Globalization;
using System.Text;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Analysis.Components;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Results;

namespace CorpusPortal.Benchmarks.Search;

/// <summary>
/// The search figures of docs/performance.md: analyzer throughput per language, index build throughput and
/// size, and query latency (p50, p99) for term, AND, phrase and prefix queries on the seed corpus and on a
/// synthetic corpus of 10,000 papers, and searches side by side on every core.
/// </summary>
internal static class SearchFigures
{
    private static readonly (string Kind, string[] Queries)[] QueryKinds =
    [
        ("term", ["köprü", "petrol", "peacekeepers", "anlaşması", "Nahçıvan"]),
        ("words", ["enerji anlaşma", "Türkiye Azerbaycan köprü", "Russian troops", "Karabağ savaşı", "doğalgaz boru"]),
        ("AND", ["enerji AND anlaşma", "+Türkiye +Azerbaycan +köprü", "Russian AND troops", "Karabağ AND savaşı", "doğalgaz AND boru"]),
        ("phrase", ["\"Bir Millet İki Devlet\"", "\"Hasret Köprüsü\"", "\"Eurasian Economic Union\"", "\"İkinci Karabağ Savaşı\"", "\"doğal kaynak\""]),
        ("prefix", ["köp*", "petro*", "peace*", "anlaş*", "ekonom*"]),
    ];

    public static void Run(TextWriter output, int syntheticPapers)
    {
        var corpus = new CorpusFolder(Path.Combine(RepositoryFiles.Root, "corpus"));
        var seeds = corpus.ReadAll().ToList();
        var protectedWords = CorpusIndex.ProtectedWords(corpus);
        // The corpus's glossary: searches here are the portal's.
        var glossary = CorpusIndex.Glossary(corpus).Glossary;
        output.WriteLine($"search figures ({Environment.ProcessorCount} cores, .NET {Environment.Version})");
        output.WriteLine();
        Analysis(output, seeds, protectedWords);
        var folder = Path.Combine(Path.GetTempPath(), "corpus-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var rawBytes = Directory.EnumerateFiles(Path.Combine(corpus.Root, "raw")).Sum(f => new FileInfo(f).Length);
            Corpus(output, "seed corpus (4 papers)", seeds, Path.Combine(folder, "seeds"), protectedWords, glossary, runs: 2000, rawBytes);
            var synthetic = SyntheticCorpus.Papers(seeds, syntheticPapers).ToList();
            Corpus(output, $"synthetic corpus ({syntheticPapers:N0} papers)", synthetic, Path.Combine(folder, "synthetic"), protectedWords, glossary, runs: 300);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void Analysis(TextWriter output, List<Document> seeds, WordList protectedWords)
    {
        output.WriteLine("analysis, single thread (cold: a new analyzer, every distinct word stemmed once; warm: its stem cache filled, as when indexing a corpus)");
        foreach (var language in new[] { Languages.Turkish, Languages.English })
        {
            var texts = seeds.SelectMany(PassageExtractor.Passages).Where(p => p.Language == language).Select(p => p.Text).ToList();
            var bytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t));
            // Warm the JIT (not the analyzer: each measured run below starts from a new one).
            Measure(() => new TextAnalyzer(protectedWords).Analyze(string.Join('\n', texts), language), TimeSpan.FromSeconds(2));
            var cold = Measure(() =>
            {
                var fresh = new TextAnalyzer(protectedWords);
                texts.ForEach(t => fresh.Analyze(t, language));
            }, TimeSpan.FromSeconds(3));
            var analyzer = new TextAnalyzer(protectedWords);
            var warm = Measure(() => texts.ForEach(t => analyzer.Analyze(t, language)), TimeSpan.FromSeconds(3));
            output.WriteLine(Invariant($"  {language}: cold {bytes / cold / 1_000_000,6:F1} MB/s, warm {bytes / warm / 1_000_000,6:F1} MB/s ({bytes:N0} bytes of passages)"));
            // The same chain as Lucene components (the stem field's analyzer), and Lucene's own analyzer of the language.
            void Fresh()
            {
                using var fresh = new CorpusAnalyzer(language, FieldForm.Stem, protectedWords);
                Consume(fresh, texts);
            }
            Measure(Fresh, TimeSpan.FromSeconds(2));
            var luceneCold = Measure(Fresh, TimeSpan.FromSeconds(3));
            using var reused = new CorpusAnalyzer(language, FieldForm.Stem, protectedWords);
            var luceneWarm = Measure(() => Consume(reused, texts), TimeSpan.FromSeconds(3));
            void Stock()
            {
                using Lucene.Net.Analysis.Analyzer stock = language == Languages.Turkish
                    ? new Lucene.Net.Analysis.Tr.TurkishAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48)
                    : new Lucene.Net.Analysis.En.EnglishAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48);
                Consume(stock, texts);
            }
            Measure(Stock, TimeSpan.FromSeconds(2));
            var stockCold = Measure(Stock, TimeSpan.FromSeconds(3));
            output.WriteLine(Invariant($"      as Lucene components (CorpusAnalyzer, stem field): cold {bytes / luceneCold / 1_000_000,6:F1} MB/s, warm {bytes / luceneWarm / 1_000_000,6:F1} MB/s"));
            output.WriteLine(Invariant($"      Lucene's own {(language == Languages.Turkish ? "TurkishAnalyzer" : "EnglishAnalyzer")}: {bytes / stockCold / 1_000_000,6:F1} MB/s ({stockCold / luceneCold:F1} × the time of ours, cold)"));
        }
        output.WriteLine();
    }

    /// <summary>Runs every text through <paramref name="analyzer"/>'s token stream, as indexing does.</summary>
    private static void Consume(Lucene.Net.Analysis.Analyzer analyzer, List<string> texts)
    {
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("text", text);
            stream.Reset();
            while (stream.IncrementToken())
            {
            }
            stream.End();
        }
    }

    /// <summary>Index build throughput and size, and query latency, on the Lucene passage index.</summary>
    private static void Corpus(TextWriter output, string name, List<Document> documents, string folder, WordList protectedWords,
        CorpusPortal.Search.Glossary.TermGlossary glossary, int runs, long? rawBytes = null)
    {
        output.WriteLine(name);
        using var index = CorpusPortal.Search.Engine.PassageIndex.Open(folder, protectedWords);
        var textBytes = documents.SelectMany(PassageExtractor.Passages).Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text));
        var watch = Stopwatch.StartNew();
        index.Rebuild(documents.Select(d => (d, (string?)null)));
        watch.Stop();
        var size = new DirectoryInfo(index.Path).EnumerateFiles().Sum(f => f.Length);
        output.WriteLine(Invariant($"  index build: {watch.Elapsed.TotalSeconds:F2} s for {textBytes / 1e6:F1} MB of passage text ({textBytes / watch.Elapsed.TotalSeconds / 1e6:F1} MB/s), {index.PassageCount:N0} passages"));
        output.WriteLine(Invariant($"  index size: {size / 1e6:F1} MB, {(double)size / textBytes:F2} × the passage text")
            + (rawBytes is { } raw ? Invariant($", {(double)size / raw:F2} × the raw files ({raw:N0} bytes)") : ""));
        using var searcher = new CorpusPortal.Search.Engine.LuceneSearcher(index, glossary);
        Queries(output, query => searcher.Search(query).Total, runs);
        if (rawBytes is not null)
        {
            HighlightFigures.Run(output, index, searcher, glossary);
        }
    }

    /// <summary>p50 and p99 of each kind of query (a whole search: parse, match, facets, snippets and KWIC of the top 10), once warm.</summary>
    private static void Queries(TextWriter output, Func<string, int> search, int runs)
    {
        var p50s = new Dictionary<string, double>();
        // Warmed as a portal that has been serving a while is: the JIT's optimised tiers take seconds to come, and every
        // kind of query shares most of its code with the others.
        var all = QueryKinds.SelectMany(k => k.Queries).ToList();
        var warming = Stopwatch.StartNew();
        for (var run = 0; warming.Elapsed < TimeSpan.FromSeconds(5); run++)
        {
            search(all[run % all.Count]);
        }
        foreach (var (kind, queries) in QueryKinds)
        {
            var times = new List<double>();
            var total = 0;
            for (var run = 0; run < runs; run++)
            {
                var query = queries[run % queries.Length];
                var start = Stopwatch.GetTimestamp();
                total += search(query);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            times.Sort();
            p50s[kind] = Percentile(times, 0.50);
            output.WriteLine(Invariant($"  {kind,-7} p50 {Percentile(times, 0.50),8:F3} ms   p99 {Percentile(times, 0.99),8:F3} ms   ({total / runs:N0} hits on average)"));
        }
        output.WriteLine(Invariant($"  phrase / AND at p50: {p50s["phrase"] / p50s["AND"]:F2}"));
        SideBySideFigures.Run(output, all, query => search(query));
        output.WriteLine();
    }

    private static double Measure(Action action, TimeSpan budget)
    {
        action();
        var runs = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < budget || runs < 3)
        {
            action();
            runs++;
        }
        return watch.Elapsed.TotalSeconds / runs;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
