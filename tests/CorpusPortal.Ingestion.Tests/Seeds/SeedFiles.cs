using CorpusPortal.Ingestion;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Ingestion.Tests.Seeds;

/// <summary>The raw seed texts kept in corpus/raw, found from the test's working folder upwards.</summary>
internal static class SeedFiles
{
    public static string RepositoryRoot { get; } = CorpusPortal.Tests.RepositoryRoot.Path;

    public static string RawFolder => Path.Combine(RepositoryRoot, "corpus", "raw");

    public static string PathOf(string prefix) => Directory.EnumerateFiles(RawFolder, prefix + "_*.txt").Single();

    public static Document Import(string prefix) => Importer.Import(File.ReadAllBytes(PathOf(prefix)), Path.GetFileName(PathOf(prefix)));
}
