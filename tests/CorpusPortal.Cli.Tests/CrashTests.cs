using System.Diagnostics;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Index;
using Microsoft.Data.Sqlite;

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
            Assert.Equal(Rebuilt(corpus), Rows(recovered.Path));
        }
        Assert.True(killed >= Kills / 4, $"only {killed} of {Kills} runs were killed before they ended; the test would prove little");
    }

    private CorpusFolder CopyCorpus()
    {
        var source = Path.Combine(Repository.Root, "corpus");
        var target = Path.Combine(_folder, "corpus");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            File.SetAttributes(copy, FileAttributes.Normal);
        }
        return new CorpusFolder(target);
    }

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
        return Rows(index.Path);
    }

    private static List<string> Rows(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.doc, p.anchor, p.kind, p.language, p.text, t.exact, t.stem, t.folded, t.archival
            FROM passages p JOIN passage_terms t ON t.rowid = p.id ORDER BY p.doc, p.anchor
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)));
        }
        return rows;
    }
}
