using CorpusPortal.Corpus.Store;

namespace CorpusPortal.Corpus.Tests.Validation;

/// <summary>The temporary files of cut-off saves are removed; nothing else is.</summary>
public sealed class InterruptedSavesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-interrupted-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Only_the_temporary_files_of_cut_off_saves_are_removed()
    {
        string[] leftovers = [$".paper.md.{Guid.NewGuid():N}.tmp", $"editors.json.{Guid.NewGuid():N}.tmp"];
        string[] kept = ["paper.md", "notes.tmp", "paper.md.1234.tmp", "archives.yaml"];
        foreach (var name in leftovers.Concat(kept))
        {
            File.WriteAllText(Path.Combine(_folder, name), "x");
        }

        var removed = InterruptedSaves.Clean(_folder);

        Assert.Equal(leftovers.Order(StringComparer.Ordinal), removed.Order(StringComparer.Ordinal));
        Assert.Equal(kept.Order(StringComparer.Ordinal), Directory.EnumerateFiles(_folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_save_that_finishes_leaves_nothing_to_clean()
    {
        CorpusFolder.WriteAtomically(Path.Combine(_folder, "paper.md"), "metin"u8.ToArray());

        Assert.Empty(InterruptedSaves.Clean(_folder));
    }
}
