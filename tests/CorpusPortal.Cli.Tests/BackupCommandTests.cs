using System.Formats.Tar;
using System.IO.Compression;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Index;

namespace CorpusPortal.Cli.Tests;

/// <summary>
/// <c>backup</c> and <c>restore</c>: a backup restored elsewhere gives back the corpus, the accounts, the history, the
/// keys and an index that agrees with the corpus; a backup taken while documents are being saved holds one whole
/// version of each; a damaged or hostile archive, or a folder in the way, is refused with a message naming it, and
/// nothing is put in place.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class BackupCommandTests : IDisposable
{
    private const string News = "003_94344ba106347a29";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-backup-" + Guid.NewGuid().ToString("N"));

    public BackupCommandTests()
    {
        CorpusPortal.Tests.CorpusCopy.To(Corpus);
        using (CorpusIndex.OpenCurrent(new CorpusFolder(Corpus), Data))
        {
        }
        new Accounts.EditorAccounts(Data).Add("ayse", "uzun ve gizli parola", replace: false);
        Directory.CreateDirectory(Path.Combine(Data, "history", News));
        File.WriteAllText(Path.Combine(Data, "history", News, "20261130T120000000Z.md"), File.ReadAllText(Path.Combine(Corpus, News + ".md")));
        var keys = Directory.CreateDirectory(Path.Combine(Data, "keys"));
        File.SetUnixFileMode(keys.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(Path.Combine(keys.FullName, "key-0f8a.xml"), "<key id=\"0f8a\" />");
    }

    private string Corpus => Path.Combine(_folder, "corpus");

    private string Data => Path.Combine(_folder, "data");

    private string Archive => Path.Combine(_folder, "backup.tar.gz");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private (int Code, string Out, string Error) Backup() => CliSandbox.Run("backup", "--corpus", Corpus, "--data", Data, "--to", Archive);

    private (int Code, string Out, string Error) Restore(string into, params string[] more) =>
        CliSandbox.Run(["restore", Archive, "--corpus", Path.Combine(into, "corpus"), "--data", Path.Combine(into, "data"), .. more]);

    /// <summary>Every file under <paramref name="folder"/> (the index's own folder aside) with its bytes and date.</summary>
    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).StartsWith(PassageIndex.FolderName + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(File.ReadAllBytes(f))} {File.GetLastWriteTimeUtc(f):O}")
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void A_backup_restored_elsewhere_gives_back_the_corpus_accounts_history_keys_and_index()
    {
        var backup = Backup();
        var restored = Path.Combine(_folder, "restored");
        var restore = Restore(restored);

        Assert.True(backup.Code == 0, backup.Error);
        Assert.Contains("backed up 4 documents and the index at commit", backup.Out, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Archive));
        Assert.True(restore.Code == 0, restore.Error);
        Assert.Contains("restored 4 documents (190 passages in the index)", restore.Out, StringComparison.Ordinal);
        Assert.Equal(Files(Corpus), Files(Path.Combine(restored, "corpus")));
        Assert.Equal(Files(Data), Files(Path.Combine(restored, "data")));
        Assert.NotNull(new Accounts.EditorAccounts(Path.Combine(restored, "data")).Check("ayse", "uzun ve gizli parola"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(restored, "data", "keys")));
        // The index's commit point itself, not one built again on restore.
        Assert.Equal(IndexFiles(Data), IndexFiles(Path.Combine(restored, "data")));
        Assert.Equal(CorpusPortal.Tests.IndexRows.OfData(Data), CorpusPortal.Tests.IndexRows.OfData(Path.Combine(restored, "data")));
    }

    private static List<string> IndexFiles(string data) =>
        Directory.EnumerateFiles(Path.Combine(data, PassageIndex.FolderName))
            .Where(f => Path.GetFileName(f) is not ("write.lock" or "segments.gen"))
            .Select(f => $"{Path.GetFileName(f)} {Convert.ToHexString(File.ReadAllBytes(f))}")
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public async Task A_backup_taken_while_a_document_is_saved_again_and_again_holds_one_whole_version_and_a_matching_index()
    {
        var corpus = new CorpusFolder(Corpus);
        var original = File.ReadAllBytes(corpus.PathOf(News));
        byte[][] versions = [original, System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(corpus.PathOf(News)).Replace("Russia", "Rusya", StringComparison.Ordinal))];
        using var stop = new CancellationTokenSource();
        // Saves as the portal makes them: the canonical file replaced whole, then the index updated.
        var saver = Task.Run(() =>
        {
            for (var i = 1; !stop.IsCancellationRequested; i++)
            {
                CorpusFolder.WriteAtomically(corpus.PathOf(News), versions[i % 2]);
                using var index = CorpusIndex.OpenCurrent(corpus, Data);
            }
        });
        var backups = new List<(int Code, string Out, string Error)>();
        try
        {
            for (var round = 0; round < 3; round++)
            {
                backups.Add(Backup());
                var restored = Path.Combine(_folder, $"restored-{round}");
                var restore = Restore(restored);
                Assert.True(restore.Code == 0, restore.Error);
                var copy = new CorpusFolder(Path.Combine(restored, "corpus"));
                Assert.Contains(versions, v => v.AsSpan().SequenceEqual(File.ReadAllBytes(copy.PathOf(News))));
                Assert.Equal(CorpusPortal.Tests.IndexRows.OfRebuild(copy, _folder), CorpusPortal.Tests.IndexRows.OfData(Path.Combine(restored, "data")));
            }
        }
        finally
        {
            stop.Cancel();
            await saver;
        }
        Assert.All(backups, b => Assert.True(b.Code == 0, b.Error));
    }

    [Fact]
    public void A_damaged_backup_is_refused_naming_the_file_and_nothing_is_put_in_place()
    {
        Backup();
        Rewrite(entry => entry.Name == $"corpus/{News}.md" ? "altered text" : null);
        var restored = Path.Combine(_folder, "restored");

        var (code, _, error) = Restore(restored);

        Assert.Equal(2, code);
        Assert.Contains($"corpus/{News}.md differs from the manifest", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(restored) && Directory.EnumerateFileSystemEntries(restored).Any());
    }

    [Fact]
    public void An_archive_entry_outside_corpus_and_data_is_refused_and_nothing_is_written()
    {
        Backup();
        AddEntry("corpus/../../escaped.txt");
        var restored = Path.Combine(_folder, "restored");

        var (code, _, error) = Restore(restored);

        Assert.Equal(2, code);
        Assert.Contains("'corpus/../../escaped.txt' is not under corpus/ or data/", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "escaped.txt")));
        Assert.False(Directory.Exists(restored) && Directory.EnumerateFileSystemEntries(restored).Any());
    }

    [Fact]
    public void A_file_that_is_not_a_backup_is_refused()
    {
        File.WriteAllText(Archive, "not an archive");

        var (code, _, error) = Restore(Path.Combine(_folder, "restored"));

        Assert.Equal(2, code);
        Assert.Contains("backup.tar.gz: not a whole backup archive", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_in_the_way_are_refused_without_replace_and_moved_aside_with_it()
    {
        Backup();
        var restored = Path.Combine(_folder, "restored");
        var inTheWay = Directory.CreateDirectory(Path.Combine(restored, "corpus")).FullName;
        File.WriteAllText(Path.Combine(inTheWay, "notes.txt"), "an editor's notes");

        var refused = Restore(restored);
        var replaced = Restore(restored, "--replace");

        Assert.Equal(2, refused.Code);
        Assert.Contains($"{inTheWay}: the folder is not empty", refused.Error, StringComparison.Ordinal);
        Assert.True(replaced.Code == 0, replaced.Error);
        var aside = Directory.EnumerateDirectories(restored, "corpus.before-restore-*").Single();
        Assert.Equal("an editor's notes", File.ReadAllText(Path.Combine(aside, "notes.txt")));
        Assert.Contains(aside, replaced.Out, StringComparison.Ordinal);
        Assert.Equal(Files(Corpus), Files(Path.Combine(restored, "corpus")));
    }

    /// <summary>The archive again with the entries <paramref name="replacement"/> gives new text for changed.</summary>
    private void Rewrite(Func<TarEntry, string?> replacement) =>
        WriteEntries(Entries(entry => replacement(entry) is { } text ? System.Text.Encoding.UTF8.GetBytes(text) : null));

    private void AddEntry(string name) =>
        WriteEntries([.. Entries(_ => null), (name, TarEntryType.RegularFile, "outside"u8.ToArray())]);

    /// <summary>The archive's entries, each with its bytes or what <paramref name="replace"/> gives instead.</summary>
    private List<(string Name, TarEntryType Type, byte[] Bytes)> Entries(Func<TarEntry, byte[]?> replace)
    {
        var entries = new List<(string Name, TarEntryType Type, byte[] Bytes)>();
        using var reader = new TarReader(new GZipStream(File.OpenRead(Archive), CompressionMode.Decompress));
        while (reader.GetNextEntry(copyData: true) is { } entry)
        {
            entries.Add((entry.Name, entry.EntryType, replace(entry) ?? Read(entry.DataStream)));
        }
        return entries;
    }

    private void WriteEntries(List<(string Name, TarEntryType Type, byte[] Bytes)> entries)
    {
        using var writer = new TarWriter(new GZipStream(File.Create(Archive), CompressionLevel.Fastest), TarEntryFormat.Pax);
        foreach (var (name, type, bytes) in entries)
        {
            var entry = new PaxTarEntry(type, name);
            if (type != TarEntryType.Directory)
            {
                entry.DataStream = new MemoryStream(bytes);
            }
            writer.WriteEntry(entry);
        }
    }

    private static byte[] Read(Stream? stream)
    {
        if (stream is null)
        {
            return [];
        }
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
