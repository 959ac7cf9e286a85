using BenchmarkDotNet.Attributes;
using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Ingestion;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Benchmarks.Import;

/// <summary>BenchmarkDotNet: importing each seed (raw bytes to document), and writing and reading its canonical file.</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private byte[] _bytes = [];
    private string _canonical = "";
    private Document? _document;

    [ParamsSource(nameof(SeedNames))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> SeedNames() => RepositoryFiles.Seeds().Select(s => s.Name);

    [GlobalSetup]
    public void Setup()
    {
        _bytes = RepositoryFiles.Seeds().Single(s => s.Name == Seed).Bytes;
        _document = Importer.Import(_bytes, Seed);
        _canonical = CanonicalWriter.Write(_document);
    }

    [Benchmark(Baseline = true)]
    public Document Import() => Importer.Import(_bytes, Seed);

    [Benchmark]
    public string WriteCanonical() => CanonicalWriter.Write(_document!);

    [Benchmark]
    public Document ReadCanonical() => CanonicalReader.Read(_canonical, Seed);
}
