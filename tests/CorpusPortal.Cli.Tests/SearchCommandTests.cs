using System.Text.Json.Nodes;

namespace CorpusPortal.Cli.Tests;

/// <summary><c>index</c> and <c>search</c>: the JSON names other tools read, and exit code 2 with an error for a malformed query.</summary>
public sealed class SearchCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    private string Corpus => Path.Combine(Repository.Root, "corpus");

    private string Data => Path.Combine(_sandbox.Folder, "data");

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void Index_builds_the_index_and_says_how_much_it_holds()
    {
        var (code, output, error) = CliSandbox.Run("index", "--corpus", Corpus, "--data", Data);

        Assert.True(code == 0, error);
        Assert.Contains("indexed 4 documents", output, StringComparison.Ordinal);
        Assert.True(Directory.EnumerateFiles(Path.Combine(Data, "lucene"), "segments_*").Any());
    }

    [Fact]
    public void Search_json_has_the_interface_names()
    {
        var (code, output, error) = CliSandbox.Run("search", "köprü", "--json", "--top", "3", "--corpus", Corpus, "--data", Data);

        Assert.True(code == 0, error);
        var result = JsonNode.Parse(output)!;
        Assert.Equal("köprü", (string?)result["query"]);
        Assert.True((int)result["total"]! >= 3);
        var hits = result["hits"]!.AsArray();
        Assert.Equal(3, hits.Count);
        foreach (var hit in hits)
        {
            foreach (var name in new[] { "doc", "anchor", "language", "section", "score", "snippet", "text" })
            {
                Assert.NotNull(hit![name]);
            }
        }
        Assert.NotNull(result["facets"]!["documents"]);
    }

    [Fact]
    public void Search_lang_option_filters_by_language()
    {
        var (_, output, _) = CliSandbox.Run("search", "Azerbaijan", "--json", "--lang", "en", "--corpus", Corpus, "--data", Data);

        var hits = JsonNode.Parse(output)!["hits"]!.AsArray();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("en", (string?)h!["language"]));
    }

    [Theory]
    [InlineData("year:abc Karabağ")]
    [InlineData("-Karabağ")]
    [InlineData("")]
    public void A_malformed_query_gives_exit_code_2_and_an_error(string query)
    {
        var (code, output, error) = CliSandbox.Run("search", query, "--json", "--corpus", Corpus, "--data", Data);

        Assert.Equal(2, code);
        Assert.NotNull((string?)JsonNode.Parse(output)!["error"]);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }
}
