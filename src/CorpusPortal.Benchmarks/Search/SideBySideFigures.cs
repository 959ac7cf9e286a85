using System.Diagnostics;
using System.Globalization;

namespace CorpusPortal.Benchmarks.Search;

/// <summary>
/// Searches side by side in one process, without HTTP or a load generator sharing the cores: every query of the
/// benchmark, in turn, for a few seconds on one thread, then on as many threads as the machine has cores. A search
/// that waited for another (a lock, a shared cache written under contention) would keep the threads at the rate of
/// one; searches that share nothing approach one thread's rate times the cores.
/// </summary>
internal static class SideBySideFigures
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(4);

    public static void Run(TextWriter output, IReadOnlyList<string> queries, Func<string, int> search)
    {
        var threads = Environment.ProcessorCount;
        var one = SearchesPerSecond(1, queries, search);
        var many = SearchesPerSecond(threads, queries, search);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  side by side: {one:N0} searches/s on one thread, {many:N0} on {threads} ({many / one:F2} × one)"));
    }

    private static double SearchesPerSecond(int threads, IReadOnlyList<string> queries, Func<string, int> search)
    {
        var counts = new long[threads];
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(thread => new Thread(() =>
        {
            // Each thread starts at another query, so the threads are not all in the same query at once.
            var done = 0L;
            for (var run = thread; watch.Elapsed < Period; run++)
            {
                search(queries[run % queries.Count]);
                done++;
            }
            counts[thread] = done;
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return counts.Sum() / watch.Elapsed.TotalSeconds;
    }
}
