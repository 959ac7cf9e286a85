using System.Diagnostics;
using System.Globalization;
using System.Text;
using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Ingestion;

namespace CorpusPortal.Benchmarks.Import;

/// <summary>
/// The figures of docs/performance.md, in seconds rather than BenchmarkDotNet's minutes: import throughput in
/// MB/s, single-threaded, for each seed, for all four together, and for a 4 MB paper made by chaining seed
/// 002 (to show the importer stays linear in the size of a text); plus the canonical format's write and read.
/// </summary>
internal static class ImportFigures
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public static void Run(TextWriter output)
    {
        var seeds = RepositoryFiles.Seeds();
        WarmUp(seeds);
        output.WriteLine($"import throughput, single thread ({Environment.ProcessorCount} cores, .NET {Environment.Version})");
        output.WriteLine($"{"input",-32} {"bytes",10} {"ms/op",9} {"MB/s",8} {"alloc/byte",11}");
        foreach (var (name, bytes) in seeds)
        {
            Report(output, name, bytes.Length, () => Importer.Import(bytes, name));
        }
        var all = seeds.Sum(s => s.Bytes.Length);
        Report(output, "all four seeds", all, () =>
        {
            foreach (var (name, bytes) in seeds)
            {
                Importer.Import(bytes, name);
            }
        });
        var large = Chain(seeds.Single(s => s.Name.StartsWith("002_", StringComparison.Ordinal)).Bytes, 4 * 1024 * 1024);
        Report(output, "002 chained to 4 MB", large.Length, () => Importer.Import(large, "large.txt"), minimumRuns: 3);

        output.WriteLine();
        SourceFigures(output);

        output.WriteLine();
        BatchFigures(output, seeds);

        output.WriteLine();
        output.WriteLine("canonical format (all four seeds)");
        var documents = seeds.Select(s => Importer.Import(s.Bytes, s.Name)).ToList();
        var files = documents.Select(CanonicalWriter.Write).ToList();
        var fileBytes = files.Sum(f => Encoding.UTF8.GetByteCount(f));
        Report(output, "write", fileBytes, () => documents.ForEach(d => CanonicalWriter.Write(d)));
        Report(output, "read", fileBytes, () => files.ForEach(f => CanonicalReader.Read(f, "bench.md")));
    }

    /// <summary>
    /// PDF and Word files: the fidelity set's papers as the tests set them (issue 12's goal for PDF: at least 2 MB/s
    /// of PDF, single thread), each format imported whole, its reading included.
    /// </summary>
    private static void SourceFigures(TextWriter output)
    {
        var papers = Fidelity.FidelityPaper.All(Path.Combine(RepositoryFiles.Root, "tests", "CorpusPortal.Ingestion.Tests", "Fidelity"));
        var pdfs = papers.Where(p => p.HasPdf).Select(p => Fidelity.PaperPdf.Write(p.Paper, p.PdfLayout)).ToList();
        var words = papers.Select(p => Fidelity.PaperDocx.Write(p.Paper, endnotes: p.EndnotesHeading is not null)).ToList();
        foreach (var (label, files) in new[] { ($"fidelity set as PDFs ({pdfs.Count})", pdfs), ($"fidelity set as Word files ({words.Count})", words) })
        {
            files.ForEach(f => Importer.Import(f, "warm-up"));
            Report(output, label, files.Sum(f => (long)f.Length), () => files.ForEach(f => Importer.Import(f, "bench")));
        }
    }

    /// <summary>
    /// <c>corpus import DIR</c> imports its files in parallel: 40 papers (the seeds ten times over) on one thread and on
    /// every core, and the ratio (issue 12's goal: at least 1.6 on two cores).
    /// </summary>
    private static void BatchFigures(TextWriter output, IReadOnlyList<(string Name, byte[] Bytes)> seeds)
    {
        var papers = Enumerable.Range(0, 10).SelectMany(_ => seeds).ToList();
        var bytes = papers.Sum(p => p.Bytes.Length);
        double Seconds(int workers)
        {
            var best = double.MaxValue;
            for (var run = 0; run < 5; run++)
            {
                var watch = Stopwatch.StartNew();
                Parallel.ForEach(papers, new ParallelOptions { MaxDegreeOfParallelism = workers }, p => Importer.Import(p.Bytes, p.Name));
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }
            return best;
        }
        var one = Seconds(1);
        var all = Seconds(Environment.ProcessorCount);
        output.WriteLine($"batch import of {papers.Count} papers ({bytes:N0} bytes), best of 5");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"one thread",-32} {one * 1000,10:F1} ms {bytes / one / 1_000_000,8:F1} MB/s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{$"{Environment.ProcessorCount} threads",-32} {all * 1000,10:F1} ms {bytes / all / 1_000_000,8:F1} MB/s   {one / all:F2}× one thread"));
    }

    /// <summary>Runs everything for a while first, so that what is measured is code the JIT has fully optimised.</summary>
    private static void WarmUp(IReadOnlyList<(string Name, byte[] Bytes)> seeds)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var (name, bytes) in seeds)
            {
                CanonicalReader.Read(CanonicalWriter.Write(Importer.Import(bytes, name)), name);
            }
        }
    }

    private static byte[] Chain(byte[] paper, int size)
    {
        var text = new List<byte>(size + paper.Length);
        while (text.Count < size)
        {
            text.AddRange(paper);
            text.Add((byte)'\n');
        }
        return [.. text];
    }

    private static void Report(TextWriter output, string name, long bytes, Action action, int minimumRuns = 20)
    {
        for (var i = 0; i < 3; i++)
        {
            action();
        }
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var runs = 0;
        var watch = Stopwatch.StartNew();
        while (runs < minimumRuns || watch.Elapsed < Budget)
        {
            action();
            runs++;
        }
        watch.Stop();
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)runs;
        var seconds = watch.Elapsed.TotalSeconds / runs;
        var megabytesPerSecond = bytes / seconds / 1_000_000;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-32} {bytes,10:N0} {seconds * 1000,9:F2} {megabytesPerSecond,8:F1} {allocated / bytes,11:F1}"));
    }
}
