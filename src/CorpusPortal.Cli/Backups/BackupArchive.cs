using System.Formats.Tar;
using System.IO.Compression;

namespace CorpusPortal.Cli.Backups;

/// <summary>
/// The backup file: a gzip-compressed tar archive (any <c>tar -xzf</c> opens it) of <c>backup.json</c> then
/// <c>corpus/</c> and <c>data/</c>, with the files' permissions (the data's keys and accounts readable by their
/// owner only). Reading refuses anything but plain files and folders under those two names.
/// </summary>
internal static class BackupArchive
{
    public const string CorpusPrefix = "corpus";
    public const string DataPrefix = "data";

    /// <summary>
    /// Writes <paramref name="manifest"/> and the files of <paramref name="staging"/> (its <c>corpus/</c> and
    /// <c>data/</c>) to <paramref name="archive"/>: first to a temporary file beside it, renamed once complete, so an
    /// archive by that name is always whole. The archive is readable by its owner only.
    /// </summary>
    public static void Write(string archive, string staging, BackupManifest manifest)
    {
        var temporary = archive + ".partial";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var file = new FileStream(temporary, options))
            {
                using (var gzip = new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true))
                using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
                {
                    var entry = new PaxTarEntry(TarEntryType.RegularFile, BackupManifest.EntryName)
                    {
                        DataStream = new MemoryStream(manifest.ToJson()),
                        Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                        ModificationTime = manifest.Created,
                    };
                    tar.WriteEntry(entry);
                    foreach (var prefix in new[] { CorpusPrefix, DataPrefix })
                    {
                        WriteFolder(tar, Path.Combine(staging, prefix), prefix);
                    }
                }
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, archive, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void WriteFolder(TarWriter tar, string folder, string name)
    {
        tar.WriteEntry(folder, name);
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            tar.WriteEntry(file, name + "/" + Path.GetFileName(file));
        }
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            WriteFolder(tar, sub, name + "/" + Path.GetFileName(sub));
        }
    }

    /// <summary>
    /// Extracts <paramref name="archive"/>: its <c>corpus/</c> into <paramref name="corpus"/> and its <c>data/</c>
    /// into <paramref name="data"/> (both created here), and returns its manifest. Nothing is written outside the two
    /// folders: an entry that is not a plain file or folder, or whose name leaves them, is refused with its name.
    /// </summary>
    public static BackupManifest Extract(string archive, string corpus, string data)
    {
        BackupManifest? manifest = null;
        Directory.CreateDirectory(corpus);
        Directory.CreateDirectory(data);
        try
        {
            using var file = File.OpenRead(archive);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.Name == BackupManifest.EntryName && entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile)
                {
                    manifest = BackupManifest.Read(entry.DataStream ?? Stream.Null, archive);
                    continue;
                }
                var (root, relative) = Place(entry.Name, archive, corpus, data);
                var path = relative.Length == 0 ? root : Path.Combine(root, relative);
                var mode = entry.Mode & (UnixFileMode)0b111_111_111;
                switch (entry.EntryType)
                {
                    case TarEntryType.Directory:
                        Directory.CreateDirectory(path);
                        SetMode(path, mode);
                        break;
                    case TarEntryType.RegularFile or TarEntryType.V7RegularFile when relative.Length > 0:
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                        using (var output = File.Create(path))
                        {
                            entry.DataStream?.CopyTo(output);
                        }
                        SetMode(path, mode);
                        break;
                    default:
                        throw new BackupException($"{archive}: '{entry.Name}' is a {entry.EntryType} entry; a backup holds only files and folders");
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException)
        {
            throw new BackupException($"{archive}: not a whole backup archive ({e.Message})");
        }
        return manifest ?? throw new BackupException($"{archive}: no {BackupManifest.EntryName} in it; it is not a backup made by 'corpus backup'");
    }

    /// <summary>The folder an entry goes to and its path inside it, or a refusal for a name outside both.</summary>
    private static (string Root, string Relative) Place(string name, string archive, string corpus, string data)
    {
        var parts = name.TrimEnd('/').Split('/');
        if (parts.Any(part => part is "" or "." or ".." || part.Contains('\\') || part.Contains(':')) || parts[0] is not (CorpusPrefix or DataPrefix))
        {
            throw new BackupException($"{archive}: '{name}' is not under corpus/ or data/; the archive is refused");
        }
        return (parts[0] == CorpusPrefix ? corpus : data, Path.Combine(parts[1..]));
    }

    private static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows() && mode != UnixFileMode.None)
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserRead | UnixFileMode.UserWrite | (Directory.Exists(path) ? UnixFileMode.UserExecute : UnixFileMode.None));
        }
    }
}
