namespace CorpusPortal.Web.Services;

/// <summary>
/// Where the portal finds the corpus and keeps its index. Relative paths are looked for from the content root
/// upwards, so the portal finds the repository's <c>corpus/</c> whether it is started from the repository or
/// from its project folder. Configuration keys: <c>Corpus</c>, <c>Data</c> (command line: <c>--Corpus=DIR</c>).
/// </summary>
public sealed record PortalOptions(string CorpusFolder, string DataFolder)
{
    public static PortalOptions From(IConfiguration configuration, string contentRoot)
    {
        var corpus = Locate(configuration["Corpus"] ?? "corpus", contentRoot);
        var data = configuration["Data"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.Combine(Path.GetDirectoryName(corpus)!, "data");
        return new PortalOptions(corpus, data);
    }

    private static string Locate(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }
        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return Path.GetFullPath(path, contentRoot);
    }
}
