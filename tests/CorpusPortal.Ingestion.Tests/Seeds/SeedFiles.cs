using CorpusPortal.Ingestion;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Ingestion.Tests.Seeds;

/// <summary>The raw seed texts kept in corpus/raw, found from the test's working folder upwards.</summary>
internal static class SeedFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string RawFolder => Path.Combine(RepositoryRoot, "corpus", "raw");

    public static string PathOf(string prefix) => Directory.EnumerateFiles(RawFolder, prefix + "_*.txt").Single();

    public static Document Import(string prefix) => Importer.Import(File.ReadAllBytes(PathOf(prefix)), Path.GetFileName(PathOf(prefix)));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CorpusPortal.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("CorpusPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
