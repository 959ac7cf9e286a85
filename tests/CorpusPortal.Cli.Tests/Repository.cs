namespace CorpusPortal.Cli.Tests;

internal static class Repository
{
    public static string Root { get; } = Find();

    public static string RawFolder => Path.Combine(Root, "corpus", "raw");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CorpusPortal.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("CorpusPortal.sln not found");
    }
}
