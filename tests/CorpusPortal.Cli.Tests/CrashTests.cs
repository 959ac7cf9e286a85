using System.Diagnostics;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Engine;
using Lucene.Net.Search;

namespace CorpusPortal.Cli.Tests;

/// <summary>
/// Nothing lost: a process saving documents (import with --replace, which writes the raw text, the canonical file
/// and the index) is killed at random moments, many times. After every kill each canonical file is whole (the old
/// or the new version), and once the index is opened it agrees with the corpus exactly as a rebuild would.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int Kills = 20;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-crash-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Killing_a_save_at_any_moment_leaves_the_old_or_the_new_version_and_a_matching_index()
    {
        var corpus = CopyCorpus();
        var data = Path.Combine(_folder, "data");
        using (CorpusIndex.OpenCurrent(corpus, data))
        {
        }
        var seed = File.ReadAllText(Directory.EnumerateFiles(Repository.RawFolder, "002_*.txt").Single());
        var versions = new[]
        {
            Write("crash-a.txt", seed),
            Write("crash-b.txt", seed.Replace("Azerbaycan", "Azerbaycan Cumhuriyeti", StringComparison.Ordinal)),
        };
        var random = new Random(7);
        var killed = 0;
        for (var i = 0; i < Kills; i++)
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet")
            {
                ArgumentList = { Path.Combine(AppContext.BaseDirectory, "corpus.dll"), "import", versions[i % 2], "--corpus", corpus.Root, "--data", data, "--replace", "--id", "crash" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            Thread.Sleep(random.Next(50, 900));
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                killed++;
            }
            process.WaitForExit();

            foreach (var id in corpus.Ids())
            {
                corpus.Read(id); // throws on a half-written file
            }
            using var recovered = CorpusIndex.OpenCurrent(corpus, data);
            Assert.Equal(Rebuilt(corpus), Rows(recovered));
        }
        Assert.True(killed >= Kills / 4, $"only {killed} of {Kills} runs were killed before they ended; the test would prove little");
    }

    private CorpusFolder CopyCorpus() => new(CorpusPortal.Tests.CorpusCopy.To(Path.Combine(_folder, "corpus")));

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private List<string> Rebuilt(CorpusFolder corpus)
    {
        var folder = Path.Combine(_folder, "rebuilt-" + Guid.NewGuid().ToString("N"));
        using var index = CorpusIndex.OpenCurrent(corpus, folder, forceRebuild: true);
        return Rows(index);
    }

    /// <summary>Every passage's stored fields and every file record's hash, in a fixed order.</summary>
    private static List<string> Rows(PassageIndex index) => index.Read(searcher =>
        searcher.Search(new MatchAllDocsQuery(), Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc))
            .Select(d => string.Join('\u001f', d.Fields.Select(f => $"{f.Name}={f.GetStringValue()}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList());
}
