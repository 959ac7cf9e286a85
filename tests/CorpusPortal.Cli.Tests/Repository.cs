namespace CorpusPortal.Cli.Tests;

internal static class Repository
{
    public static string Root { get; } = CorpusPortal.Tests.RepositoryRoot.Path;

    public static string RawFolder => Path.Combine(Root, "corpus", "raw");
}
