using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Index;

namespace CorpusPortal.Cli.Backups;

/// <summary>What a backup holds.</summary>
public sealed record BackupSummary(string Archive, int Documents, int Files, long Bytes, long? IndexGeneration);

/// <summary>What a restore put in place, and where the folders it replaced were moved.</summary>
public sealed record RestoreSummary(int Documents, int Passages, IReadOnlyList<string> MovedAside);

/// <summary>
/// <c>corpus backup</c> and <c>corpus restore</c> (docs/deploy.md). A backup is a consistent snapshot of
/// <c>corpus/</c> and <c>data/</c> taken while the portal runs: the search index as of one commit point, then the
/// corpus, then the rest of the data (editor accounts, version history, the keys of cookies and tokens), each copied
/// as it was between two saves. A restore checks the whole archive against its manifest and brings the index up to
/// date with the restored corpus (as a portal does when it starts) before anything is put in place; folders in the
/// way are moved aside, never deleted.
/// </summary>
public static class CorpusBackup
{
    public static BackupSummary Create(string corpusFolder, string dataFolder, string archive, DateTimeOffset now)
    {
        var corpus = Path.GetFullPath(corpusFolder);
        var data = Path.GetFullPath(dataFolder);
        if (!Directory.Exists(corpus))
        {
            throw new BackupException($"{corpusFolder}: no such corpus folder");
        }
        archive = Path.GetFullPath(archive);
        var within = Path.GetDirectoryName(archive)!;
        if (!Directory.Exists(within))
        {
            throw new BackupException($"{within}: no such folder for the backup file");
        }
        var staging = Path.Combine(within, $".backup-{Guid.NewGuid():N}");
        try
        {
            // The index first: a corpus saved after its commit point differs from it only in files the index records
            // the hashes of, and opening the restored index indexes those again.
            var index = Path.Combine(staging, "index");
            var generation = Directory.Exists(data) ? IndexCommitCopy.Copy(data, index) : null;
            FolderSnapshot.Copy(corpus, Path.Combine(staging, BackupArchive.CorpusPrefix), "corpus");
            var dataCopy = Path.Combine(staging, BackupArchive.DataPrefix);
            if (Directory.Exists(data))
            {
                FolderSnapshot.Copy(data, dataCopy, "data", PassageIndex.FolderName);
            }
            Directory.CreateDirectory(dataCopy);
            if (generation is not null)
            {
                Directory.Move(index, Path.Combine(dataCopy, PassageIndex.FolderName));
            }
            var files = Describe(staging);
            var documents = new CorpusFolder(Path.Combine(staging, BackupArchive.CorpusPrefix)).Ids().Count();
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, now, documents, generation, files);
            BackupArchive.Write(archive, staging, manifest);
            return new BackupSummary(archive, documents, files.Count, new FileInfo(archive).Length, generation);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static List<BackupFile> Describe(string staging) =>
        Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories)
            .Select(file => BackupManifest.Describe(file, Path.GetRelativePath(staging, file).Replace(Path.DirectorySeparatorChar, '/')))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Restores <paramref name="archive"/> into <paramref name="corpusFolder"/> and <paramref name="dataFolder"/>, which
    /// must be empty or missing unless <paramref name="replace"/>: then what is there is moved aside to
    /// <c>{folder}.before-restore-{time}</c>. Run it with the portal stopped.
    /// </summary>
    public static RestoreSummary Restore(string archive, string corpusFolder, string dataFolder, bool replace, DateTimeOffset now, Action<string>? problem = null)
    {
        if (!File.Exists(archive))
        {
            throw new BackupException($"{archive}: no such backup file");
        }
        var targets = new[] { Path.GetFullPath(corpusFolder), Path.GetFullPath(dataFolder) };
        if (Inside(targets[0], targets[1]) || Inside(targets[1], targets[0]))
        {
            throw new BackupException($"{dataFolder}: the data folder and the corpus folder must be apart, neither inside the other");
        }
        foreach (var target in targets.Where(t => !replace && Occupied(t)))
        {
            throw new BackupException($"{target}: the folder is not empty; restore into an empty or new folder, or pass --replace to move it aside first");
        }
        var id = Guid.NewGuid().ToString("N");
        var staged = targets.Select(t => Path.Combine(Path.GetDirectoryName(t)!, $".restore-{id}-{Path.GetFileName(t)}")).ToArray();
        try
        {
            var manifest = BackupArchive.Extract(archive, staged[0], staged[1]);
            Verify(archive, manifest, staged[0], staged[1]);
            int documents, passages;
            var corpus = new CorpusFolder(staged[0]);
            using (var index = CorpusIndex.OpenCurrent(corpus, staged[1], skipped: p => problem?.Invoke(p.ToString())))
            {
                documents = index.DocumentIds().Count;
                passages = index.PassageCount;
            }
            var aside = PutInPlace(targets, staged, now);
            return new RestoreSummary(documents, passages, aside);
        }
        finally
        {
            foreach (var folder in staged.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Every file of the manifest extracted with its size and hash, and no other file; each given its date.</summary>
    private static void Verify(string archive, BackupManifest manifest, string corpus, string data)
    {
        var extracted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (prefix, folder) in new[] { (BackupArchive.CorpusPrefix, corpus), (BackupArchive.DataPrefix, data) })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                extracted[prefix + "/" + Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/')] = file;
            }
        }
        foreach (var expected in manifest.Files)
        {
            if (!extracted.Remove(expected.Path, out var file))
            {
                throw new BackupException($"{archive}: {expected.Path} is in the manifest but not in the archive (a damaged or cut-short backup)");
            }
            if (!BackupManifest.Describe(file, expected.Path).SameContents(expected))
            {
                throw new BackupException($"{archive}: {expected.Path} differs from the manifest's size or SHA-256 (a damaged backup)");
            }
            File.SetLastWriteTimeUtc(file, expected.Modified);
        }
        if (extracted.Keys.Order(StringComparer.Ordinal).FirstOrDefault() is { } extra)
        {
            throw new BackupException($"{archive}: {extra} is in the archive but not in its manifest");
        }
    }

    /// <summary>Moves the folders in the way aside, then the restored ones in; back as they were if a move fails.</summary>
    private static List<string> PutInPlace(string[] targets, string[] staged, DateTimeOffset now)
    {
        var aside = new List<(string From, string To)>();
        var placed = new List<(string From, string To)>();
        try
        {
            foreach (var target in targets)
            {
                if (Occupied(target))
                {
                    var to = $"{target}.before-restore-{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}";
                    Directory.Move(target, to);
                    aside.Add((target, to));
                }
                else if (Directory.Exists(target))
                {
                    Directory.Delete(target);
                }
            }
            for (var i = 0; i < targets.Length; i++)
            {
                Directory.Move(staged[i], targets[i]);
                placed.Add((staged[i], targets[i]));
            }
            return aside.Select(a => a.To).ToList();
        }
        catch
        {
            foreach (var (from, to) in Enumerable.Reverse(placed))
            {
                Directory.Move(to, from);
            }
            foreach (var (from, to) in Enumerable.Reverse(aside))
            {
                Directory.Move(to, from);
            }
            throw;
        }
    }

    private static bool Occupied(string folder) => Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any();

    private static bool Inside(string folder, string other) =>
        folder == other || folder.StartsWith(other.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
