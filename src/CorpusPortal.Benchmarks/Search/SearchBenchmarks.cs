using BenchmarkDotNet.Attributes;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Results;

namespace CorpusPortal.Benchmarks.Search;

/// <summary>BenchmarkDotNet: analysis of the seed passages per language, and the four kinds of query on the seed index.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-bdn-" + Guid.NewGuid().ToString("N"));
    private CorpusPortal.Search.Engine.PassageIndex? _index;
    private CorpusPortal.Search.Engine.LuceneSearcher? _searcher;
    private TextAnalyzer? _analyzer;
    private List<string> _turkish = [];
    private List<string> _english = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = new CorpusFolder(Path.Combine(RepositoryFiles.Root, "corpus"));
        _index = CorpusIndex.OpenCurrent(corpus, _folder, forceRebuild: true);
        _searcher = new CorpusPortal.Search.Engine.LuceneSearcher(_index);
        _analyzer = new TextAnalyzer(CorpusIndex.ProtectedWords(corpus));
        var passages = corpus.ReadAll().SelectMany(PassageExtractor.Passages).ToList();
        _turkish = passages.Where(p => p.Language == Languages.Turkish).Select(p => p.Text).ToList();
        _english = passages.Where(p => p.Language == Languages.English).Select(p => p.Text).ToList();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public int AnalyzeTurkish() => _turkish.Sum(t => _analyzer!.Analyze(t, Languages.Turkish).Count);

    [Benchmark]
    public int AnalyzeEnglish() => _english.Sum(t => _analyzer!.Analyze(t, Languages.English).Count);

    [Benchmark]
    public int Term() => _searcher!.Search("köprü").Total;

    [Benchmark]
    public int And() => _searcher!.Search("enerji anlaşma").Total;

    [Benchmark]
    public int Phrase() => _searcher!.Search("\"Bir Millet İki Devlet\"").Total;

    [Benchmark]
    public int Prefix() => _searcher!.Search("köp*").Total;
}
