namespace CorpusPortal.Tests;

/// <summary>The repository (the folder holding CorpusPortal.sln), found from the test's output folder upwards. Linked into every test project.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CorpusPortal.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("CorpusPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
