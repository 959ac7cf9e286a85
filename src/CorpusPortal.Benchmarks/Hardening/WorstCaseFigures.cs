using System.Diagnostics;
using System.Globalization;
using System.Text;
using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Ingestion;

namespace CorpusPortal.Benchmarks.Hardening;

/// <summary>
/// The importer's worst case (issue 14's goal: no input of 8 MiB or less takes more than 2 s or 500 MB): thousands
/// of crafted texts (<see cref="CraftedInputs"/>) imported one after the other, each then written and read back as a
/// canonical file (what a publish does); prints the slowest and the most allocating inputs, the p50/p99/max time, the
/// allocation per input and the process's peak working set.
/// </summary>
internal static class WorstCaseFigures
{
    public static void Run(TextWriter output, int count)
    {
        var inputs = new CraftedInputs(seed: 20261130);
        var results = new List<(int Index, int Bytes, double Milliseconds, long Allocated, bool Refused)>(count);
        var baseline = Process.GetCurrentProcess().WorkingSet64;
        for (var i = 0; i < count; i++)
        {
            var text = inputs.Next(i);
            var bytes = Encoding.UTF8.GetByteCount(text);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var refused = false;
            try
            {
                var document = Importer.ImportText(text, "crafted.txt");
                CanonicalReader.Read(CanonicalWriter.Write(document), "crafted.md");
            }
            catch (ImportException)
            {
                refused = true;
            }
            watch.Stop();
            results.Add((i, bytes, watch.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, refused));
        }
        var times = results.Select(r => r.Milliseconds).Order().ToList();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"importer worst case: {count:N0} crafted inputs ({results.Sum(r => (long)r.Bytes) / 1048576.0:F0} MiB in all, largest {results.Max(r => r.Bytes) / 1048576.0:F1} MiB), import + canonical write + read, one thread"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  refused with a message: {results.Count(r => r.Refused):N0}; other exceptions: 0 (any would stop this run)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  time per input: p50 {Percentile(times, 0.50):F1} ms, p99 {Percentile(times, 0.99):F1} ms, max {times[^1]:F0} ms (goal: max ≤ 2,000 ms)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  allocated per input: max {results.Max(r => r.Allocated) / 1048576.0:F0} MB; peak working set {peak / 1048576.0:F0} MB (started at {baseline / 1048576.0:F0} MB; goal: ≤ 500 MB)"));
        output.WriteLine("  slowest inputs:");
        foreach (var r in results.OrderByDescending(r => r.Milliseconds).Take(5))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    #{r.Index} (pattern {CraftedInputs.PatternOf(r.Index)}) {r.Bytes / 1024.0:N0} KB: {r.Milliseconds:F0} ms, {r.Allocated / 1048576.0:F0} MB allocated{(r.Refused ? ", refused" : "")}"));
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
