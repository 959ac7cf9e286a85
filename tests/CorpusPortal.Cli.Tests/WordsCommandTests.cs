using System.Text.Json.Nodes;

namespace CorpusPortal.Cli.Tests;

/// <summary><c>corpus words</c>: frequency lists, keywords and collocations on the command line (docs/statistics.md).</summary>
public sealed class WordsCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private string Corpus => Path.Combine(Repository.Root, "corpus");

    private string Data => Path.Combine(_sandbox.Folder, "data");

    [Fact]
    public void A_frequency_list_prints_as_CSV_with_a_header_and_a_rank()
    {
        var (code, output, error) = CliSandbox.Run("words", "frequencies", "--lang", "tr", "--top", "5", "--csv", "--corpus", Corpus, "--data", Data);

        Assert.True(code == 0, error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rank,word,language,frequency,per_10000,documents", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("1,ve,tr,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Keywords_and_collocations_print_as_JSON()
    {
        var (keywordsCode, keywords, keywordsError) = CliSandbox.Run("words", "keywords", "003_94344ba106347a29", "--lang", "en", "--json", "--corpus", Corpus, "--data", Data);
        var (collocationsCode, collocations, collocationsError) = CliSandbox.Run("words", "collocations", "köprü", "--by", "stem", "--window", "4", "--min", "1", "--json", "--corpus", Corpus, "--data", Data);

        Assert.True(keywordsCode == 0, keywordsError);
        Assert.True(collocationsCode == 0, collocationsError);
        Assert.NotEmpty(JsonNode.Parse(keywords)!["rows"]!.AsArray());
        Assert.Contains(JsonNode.Parse(collocations)!["rows"]!.AsArray(), r => (string?)r!["text"] == "hasret");
    }

    [Fact]
    public void A_statistic_that_cannot_be_taken_says_why_with_exit_code_2()
    {
        var (code, _, error) = CliSandbox.Run("words", "keywords", "999_0000000000000000", "--corpus", Corpus, "--data", Data);
        var (window, _, windowError) = CliSandbox.Run("words", "collocations", "köprü", "--window", "30", "--corpus", Corpus, "--data", Data);

        Assert.Equal(2, code);
        Assert.Contains("no document", error, StringComparison.Ordinal);
        Assert.Equal(2, window);
        Assert.Contains("--window", windowError, StringComparison.Ordinal);
    }
}
