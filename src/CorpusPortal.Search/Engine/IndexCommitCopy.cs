using Lucene.Net.Index;
using Lucene.Net.Store;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Copies the files of an index's newest commit point, while another process (the portal) may be committing. A
/// commit's files are written once and never changed, so each copy is whole; a newer commit may delete an older one's
/// files, and then the copy starts again from the newer commit.
/// </summary>
public static class IndexCommitCopy
{
    private const int Attempts = 20;

    /// <summary>
    /// Copies the newest commit of the index in <paramref name="dataFolder"/> into <paramref name="target"/> (created,
    /// emptied first) and returns its generation, or null when there is no index to copy.
    /// </summary>
    public static long? Copy(string dataFolder, string target)
    {
        var source = Path.Combine(Path.GetFullPath(dataFolder), PassageIndex.FolderName);
        if (!System.IO.Directory.Exists(source))
        {
            return null;
        }
        using var directory = FSDirectory.Open(new DirectoryInfo(source));
        for (var attempt = 1; ; attempt++)
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                return null;
            }
            Empty(target);
            try
            {
                using var reader = DirectoryReader.Open(directory);
                var commit = reader.IndexCommit;
                foreach (var name in commit.FileNames)
                {
                    File.Copy(Path.Combine(source, name), Path.Combine(target, name));
                }
                return commit.Generation;
            }
            catch (FileNotFoundException) when (attempt < Attempts)
            {
                // A commit made meanwhile removed a file of the one being copied: copy the newer one.
            }
        }
    }

    private static void Empty(string folder)
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        System.IO.Directory.CreateDirectory(folder);
    }
}
