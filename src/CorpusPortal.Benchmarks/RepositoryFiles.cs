namespace CorpusPortal.Benchmarks;

/// <summary>Finds the repository (the folder holding CorpusPortal.sln) from the current folder or the program's.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = Find();

    public static string RawFolder => Path.Combine(Root, "corpus", "raw");

    public static IReadOnlyList<(string Name, byte[] Bytes)> Seeds() => Directory.EnumerateFiles(RawFolder, "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
        .ToList();

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "CorpusPortal.sln")))
                {
                    return folder.FullName;
                }
            }
        }
        throw new InvalidOperationException("run the benchmarks inside the repository (CorpusPortal.sln not found)");
    }
}
