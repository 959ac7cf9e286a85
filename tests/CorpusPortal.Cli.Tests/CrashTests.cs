using System.Diagnostics;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Engine;

namespace CorpusPortal.Cli.Tests;

/// <summary>
/// Nothing lost: a process saving documents (import with --replace, which writes the raw text, the canonical file
/// and the index) is killed at each of the save's kill points in turn (raw file written, temporary file written,
/// canonical file written, index changed but not committed; <see cref="CorpusPortal.Model.Testing.KillPoints"/>),
/// alternating two versions, many times. After every kill each canonical file is whole (the old or the new version),
/// and once the index is opened it agrees with the corpus exactly as a rebuild would.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int Rounds = 5;
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
        var killed = new List<string>();
        var points = CorpusPortal.Model.Testing.KillPoints.All;
        for (var i = 0; i < Rounds * points.Count; i++)
        {
            var point = points[i % points.Count];
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { Path.Combine(AppContext.BaseDirectory, "corpus.dll"), "import", versions[i % 2], "--corpus", corpus.Root, "--data", data, "--replace", "--id", "crash" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment[CorpusPortal.Model.Testing.KillPoints.Variable] = point;
            using var process = Process.Start(start)!;
            // The process says when it stands at the point, and waits there: the kill lands exactly there.
            for (var line = process.StandardOutput.ReadLine(); line is not null; line = process.StandardOutput.ReadLine())
            {
                if (line == $"kill point {point}")
                {
                    process.Kill(entireProcessTree: true);
                    killed.Add(point);
                    break;
                }
            }
            process.WaitForExit();

            foreach (var id in corpus.Ids())
            {
                corpus.Read(id); // throws on a half-written file
            }
            using var recovered = CorpusIndex.OpenCurrent(corpus, data);
            Assert.Equal(CorpusPortal.Tests.IndexRows.OfRebuild(corpus, _folder), CorpusPortal.Tests.IndexRows.Of(recovered));
        }
        // Every point is reached in every round: each run brings the other version than the one before it.
        Assert.Equal(points.SelectMany(_ => Enumerable.Range(0, Rounds)).Count(), killed.Count);
    }

    private CorpusFolder CopyCorpus() => new(CorpusPortal.Tests.CorpusCopy.To(Path.Combine(_folder, "corpus")));

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
