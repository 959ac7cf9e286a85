namespace CorpusPortal.Cli.Tests;

/// <summary>A glossary line that does not read is an error of <c>check</c>, named with its line; search still runs.</summary>
public sealed class GlossaryCheckTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public GlossaryCheckTests()
    {
        _sandbox.ImportSeed("000_");
        File.WriteAllText(Path.Combine(_sandbox.Corpus, "glossary.tsv"), "tr\ten\nAvrasya Birliği\tEurasian Union\nyalnız bir ifade\n");
    }

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void Check_names_the_line_and_counts_it_as_an_error()
    {
        var (code, output, _) = CliSandbox.Run("check", "--corpus", _sandbox.Corpus);

        Assert.Equal(1, code);
        Assert.Contains("error in glossary.tsv, line 3: an entry needs at least two expressions", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_warns_and_still_applies_the_lines_that_read()
    {
        var data = Path.Combine(_sandbox.Folder, "data");

        var (code, found, error) = CliSandbox.Run("search", "Eurasian Union", "--corpus", _sandbox.Corpus, "--data", data, "--json", "--lang", "tr");

        Assert.Equal(0, code);
        Assert.Contains("warning: glossary.tsv, line 3", error, StringComparison.Ordinal);
        // The Turkish abstract is found for an English query through the line that reads.
        Assert.Contains("\"language\": \"tr\"", found, StringComparison.Ordinal);
    }
}
