namespace CorpusPortal.Cli.Tests;

/// <summary>A temporary folder with a corpus in it, and a way to run the command line against it.</summary>
public sealed class CliSandbox : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "corpus-cli-" + Guid.NewGuid().ToString("N"));

    public string Corpus => Path.Combine(Folder, "corpus");

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CorpusCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public string Write(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Imports the seed whose file name starts with <paramref name="prefix"/> ("000_" …) and returns its id.</summary>
    public string ImportSeed(string prefix)
    {
        var raw = Directory.EnumerateFiles(Repository.RawFolder, prefix + "*.txt").Single();
        var (code, _, error) = Run("import", raw, "--corpus", Corpus);
        Assert.True(code == 0, error);
        return Path.GetFileNameWithoutExtension(raw);
    }

    public string CanonicalText(string id) => File.ReadAllText(Path.Combine(Corpus, id + ".md"));
}
