namespace CorpusPortal.Tests;

/// <summary>A copy of the repository's corpus for a test that publishes, breaks or saves into it. Linked into the test projects that need one.</summary>
internal static class CorpusCopy
{
    /// <summary>Copies corpus/ (raw files included, read-only flags dropped) to <paramref name="target"/> and returns it.</summary>
    public static string To(string target)
    {
        var source = System.IO.Path.Combine(RepositoryRoot.Path, "corpus");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            File.SetAttributes(copy, FileAttributes.Normal);
        }
        return target;
    }
}
