namespace CorpusPortal.Cli.Tests;

/// <summary>
/// A canonical file that does not read (hand-edited, cut short) is reported with its line by every command, never
/// a stack trace: <c>check</c> counts it as an error, <c>index</c> and <c>search</c> leave it out (issue 14).
/// </summary>
public sealed class BadFileTests : IDisposable
{
    private const string DuplicateAnchor = "---\nid: kopru\nkind: other\nlanguage: tr\nsource: ''\ntitle: {}\nauthors: []\n---\n\nMetin köprü.[^1] {#fn-1}\n\n[^1]: Dipnot. {#fn-1}\n";
    private readonly CliSandbox _sandbox = new();

    public BadFileTests()
    {
        _sandbox.ImportSeed("000_");
        Directory.CreateDirectory(_sandbox.Corpus);
        File.WriteAllText(Path.Combine(_sandbox.Corpus, "kopru.md"), DuplicateAnchor);
    }

    public void Dispose() => _sandbox.Dispose();

    private string Data => Path.Combine(_sandbox.Folder, "data");

    [Fact]
    public void Check_reports_the_file_and_line_as_an_error()
    {
        var (code, output, _) = CliSandbox.Run("check", "--corpus", _sandbox.Corpus);

        Assert.Equal(1, code);
        Assert.Contains("kopru.md:10:", output, StringComparison.Ordinal);
        Assert.Contains("fn-1", output, StringComparison.Ordinal);
        Assert.Contains("1 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_and_search_leave_the_file_out_and_say_so()
    {
        var (indexCode, _, indexError) = CliSandbox.Run("index", "--corpus", _sandbox.Corpus, "--data", Data);
        var (searchCode, found, searchError) = CliSandbox.Run("search", "Avrasya", "--corpus", _sandbox.Corpus, "--data", Data, "--json");

        Assert.Equal(1, indexCode);
        Assert.Contains("kopru.md:10:", indexError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", indexError, StringComparison.Ordinal);
        Assert.Equal(0, searchCode);
        Assert.Contains("000_91073a8e0371b68b", found, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", searchError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_index_file_is_built_anew()
    {
        Directory.CreateDirectory(Path.Combine(Data, "lucene"));
        File.WriteAllBytes(Path.Combine(Data, "lucene", "segments_1"), [.. Enumerable.Repeat((byte)0x5A, 8192)]);

        var (code, found, error) = CliSandbox.Run("search", "Avrasya", "--corpus", _sandbox.Corpus, "--data", Data, "--json");

        Assert.True(code == 0, error);
        Assert.Contains("000_91073a8e0371b68b", found, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_on_a_missing_corpus_is_refused()
    {
        var (code, _, error) = CliSandbox.Run("search", "köprü", "--corpus", Path.Combine(_sandbox.Folder, "yok"), "--data", Data);

        Assert.Equal(2, code);
        Assert.Contains("no such corpus folder", error, StringComparison.Ordinal);
    }
}
