using System.Text.Json.Nodes;

namespace CorpusPortal.Cli.Tests;

/// <summary>The import command: a summary for good input; a one-line message, exit code 2 and nothing written for bad.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static (int Code, string Out, string Error) Run(params string[] args) => CliSandbox.Run(args);

    private string Corpus => _sandbox.Corpus;

    private string Write(string name, byte[] bytes) => _sandbox.Write(name, bytes);

    [Fact]
    public void Imports_a_seed_and_prints_the_summary_object()
    {
        var raw = Directory.EnumerateFiles(Path.Combine(Repository.Root, "corpus", "raw"), "002_*.txt").Single();

        var (code, output, _) = Run("import", raw, "--corpus", Corpus, "--json");

        Assert.Equal(0, code);
        var summary = JsonNode.Parse(output)!;
        Assert.Equal("002_f68ce36b87b3d29e", (string?)summary["id"]);
        Assert.Equal("journal-article", (string?)summary["kind"]);
        Assert.Equal(55, (int?)summary["counts"]!["footnotes"]);
        Assert.True(File.Exists(Path.Combine(Corpus, "002_f68ce36b87b3d29e.md")));
        Assert.Equal(File.ReadAllBytes(raw), File.ReadAllBytes(Path.Combine(Corpus, "raw", Path.GetFileName(raw))));
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty")]
    [InlineData("zipped.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "not a Word document that can be read")]
    [InlineData("nul.txt", new byte[] { 0x61, 0x62, 0x00, 0x63 }, "the file is binary (a NUL byte at offset 2)")]
    [InlineData("broken.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "not a PDF that can be read")]
    [InlineData("latin.txt", new byte[] { 0x63, 0x61, 0x66, 0xE9, 0x0A, 0x80, 0x81 }, "not valid UTF-8")]
    public void Refuses_bad_input_with_exit_code_2_and_writes_nothing(string name, byte[] bytes, string expected)
    {
        var path = Write(name, bytes);

        var (code, output, error) = Run("import", path, "--corpus", Corpus);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(Corpus));
    }

    [Fact]
    public void A_file_of_200_MB_is_refused_by_its_size_without_being_read()
    {
        var path = Write("kalin.pdf", "%PDF-1.7\n"u8.ToArray());
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            // A sparse file: 200 MB long without writing them.
            file.SetLength(200L * 1024 * 1024);
        }

        var (code, output, error) = Run("import", path, "--corpus", Corpus);

        Assert.Equal(2, code);
        Assert.Contains("kalin.pdf: the file is 209,715,200 bytes; the limit is 8,388,608 bytes", error, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(Corpus));
    }

    [Fact]
    public void Imports_a_saved_web_page_keeping_the_HTML_byte_for_byte()
    {
        var html = "<!DOCTYPE html><html><head><meta property=\"og:site_name\" content=\"Kafkas Haber\"><meta name=\"author\" content=\"Ayşe Deneme\"></head><body><nav>Ana sayfa</nav><article><h1>Nahçıvan'da yeni köprü</h1><p>Köprü 1992 yılında açılmıştır ve iki ülkeyi bağlamaktadır.</p></article></body></html>"u8.ToArray();
        var path = Write("kopru.html", html);

        var (code, output, _) = Run("import", path, "--corpus", Corpus, "--json");

        Assert.Equal(0, code);
        var summary = JsonNode.Parse(output)!;
        Assert.Equal("news-article", (string?)summary["kind"]);
        Assert.Equal(html, File.ReadAllBytes(Path.Combine(Corpus, "raw", "kopru.html")));
        var canonical = File.ReadAllText(Path.Combine(Corpus, "kopru.md"));
        Assert.Contains("Nahçıvan'da yeni köprü", canonical, StringComparison.Ordinal);
        Assert.Contains("Kafkas Haber", canonical, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana sayfa", canonical, StringComparison.Ordinal);
    }

    [Fact]
    public void Converts_Windows_1254_Turkish_with_a_visible_notice()
    {
        // "Türkiye ve Azerbaycan ilişkileri." in Windows-1254: ü = 0xFC, ş = 0xFE.
        var bytes = "T\u00fcrkiye ve Azerbaycan ili\u015fkileri geli\u015fti."u8.ToArray();
        var legacy = new byte[] { 0x54, 0xFC, 0x72, 0x6B, 0x69, 0x79, 0x65, 0x20, 0x69, 0x6C, 0x69, 0xFE, 0x6B, 0x69, 0x6C, 0x65, 0x72, 0x69, 0x2E, 0x0A };
        var path = Write("legacy.txt", legacy);

        var (code, output, _) = Run("import", path, "--corpus", Corpus, "--json");

        Assert.Equal(0, code);
        Assert.Contains("encoding-converted", output, StringComparison.Ordinal);
        Assert.Contains("ilişkileri", File.ReadAllText(Path.Combine(Corpus, "legacy.md")), StringComparison.Ordinal);
        Assert.NotEmpty(bytes);
    }

    [Fact]
    public void Refuses_an_id_that_already_exists_unless_replacing()
    {
        var path = Write("paper.txt", "Bu bir deneme paragrafıdır ve Türkçe yazılmıştır.\n"u8.ToArray());
        Assert.Equal(0, Run("import", path, "--corpus", Corpus).Code);
        var before = File.ReadAllText(Path.Combine(Corpus, "paper.md"));

        var (code, _, error) = Run("import", path, "--corpus", Corpus);

        Assert.Equal(2, code);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(Corpus, "paper.md")));
        Assert.Equal(0, Run("import", path, "--corpus", Corpus, "--replace").Code);
    }

    [Fact]
    public void Refuses_a_missing_file()
    {
        var (code, _, error) = Run("import", Path.Combine(_sandbox.Folder, "nowhere.txt"), "--corpus", Corpus);

        Assert.Equal(2, code);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }
}
