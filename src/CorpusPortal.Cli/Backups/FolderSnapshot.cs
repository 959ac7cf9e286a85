using System.Security.Cryptography;
using CorpusPortal.Corpus.Store;

namespace CorpusPortal.Cli.Backups;

/// <summary>
/// A copy of a folder as it was at one moment between saves, made while the portal may be saving into it. Every save
/// replaces a whole file by renaming, so each file copied is whole; a save during the copy is seen by reading the
/// folder again afterwards, and then the copy is made again. Within a folder, files are copied before subfolders:
/// a publish writes the raw source (<c>raw/</c>) before the canonical file, so a canonical file copied has its source.
/// Temporary files of cut-off saves are left out; each file keeps its modification time and permissions.
/// </summary>
internal static class FolderSnapshot
{
    private const int Attempts = 10;

    /// <summary>
    /// Copies <paramref name="source"/> into <paramref name="target"/> (emptied first), leaving out the top-level
    /// subfolders named in <paramref name="skip"/>.
    /// </summary>
    public static void Copy(string source, string target, string what, params string[] skip)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
            Directory.CreateDirectory(target);
            var copied = new Dictionary<string, string>(StringComparer.Ordinal);
            try
            {
                foreach (var relative in Files(source, skip))
                {
                    var from = Path.Combine(source, relative);
                    var modified = File.GetLastWriteTimeUtc(from);
                    var bytes = File.ReadAllBytes(from);
                    var destination = Path.Combine(target, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    File.WriteAllBytes(destination, bytes);
                    // A file's date is when it was last published (sitemap.xml, OAI-PMH): it goes with it.
                    File.SetLastWriteTimeUtc(destination, modified);
                    KeepMode(from, destination);
                    copied[relative] = Hash(bytes);
                }
                KeepFolderModes(source, target);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // A file was replaced or removed between listing and reading: copy again.
                continue;
            }
            if (Unchanged(source, skip, copied))
            {
                return;
            }
        }
        throw new BackupException($"{source}: the {what} kept changing while it was copied ({Attempts} attempts); try again when fewer saves are running");
    }

    /// <summary>The folder's files, relative, each folder's files before its subfolders', in ordinal order.</summary>
    private static IEnumerable<string> Files(string root, string[] skip, string relative = "")
    {
        var folder = Path.Combine(root, relative);
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (!InterruptedSaves.IsLeftover(Path.GetFileName(file)))
            {
                yield return Path.Combine(relative, Path.GetFileName(file));
            }
        }
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (relative.Length == 0 && skip.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }
            foreach (var file in Files(root, skip, Path.Combine(relative, name)))
            {
                yield return file;
            }
        }
    }

    /// <summary>Who may read a file or folder goes with it (the data's keys and accounts are their owner's only).</summary>
    private static void KeepMode(string from, string to)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
    }

    private static void KeepFolderModes(string source, string target)
    {
        KeepMode(source, target);
        foreach (var folder in Directory.EnumerateDirectories(target, "*", SearchOption.AllDirectories))
        {
            var from = Path.Combine(source, Path.GetRelativePath(target, folder));
            if (Directory.Exists(from))
            {
                KeepMode(from, folder);
            }
        }
    }

    private static bool Unchanged(string source, string[] skip, Dictionary<string, string> copied)
    {
        try
        {
            var now = Files(source, skip).ToList();
            return now.Count == copied.Count
                && now.All(relative => copied.TryGetValue(relative, out var hash) && Hash(File.ReadAllBytes(Path.Combine(source, relative))) == hash);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
