using System.Text.Json.Nodes;

namespace CorpusPortal.Cli.Tests;

/// <summary>
/// <c>import DIR</c>: every file of a folder, a table or report of what became of each, the good ones imported even
/// when others are refused, and nothing changed by importing the same folder again.
/// </summary>
public sealed class BatchImportTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private string Inbox => Path.Combine(_sandbox.Folder, "inbox");

    private string Corpus => _sandbox.Corpus;

    /// <summary>The four seeds, a web page, a Word-looking file that is not one, and an empty file.</summary>
    private void FillInbox()
    {
        Directory.CreateDirectory(Inbox);
        foreach (var raw in Directory.EnumerateFiles(Repository.RawFolder, "*.txt"))
        {
            File.Copy(raw, Path.Combine(Inbox, Path.GetFileName(raw)));
        }
        File.WriteAllText(Path.Combine(Inbox, "haber.html"), "<!DOCTYPE html><html><body><article><h1>Köprü açıldı</h1><p>Hasret Köprüsü 1992 yılında açılmıştır.</p></article></body></html>");
        File.WriteAllBytes(Path.Combine(Inbox, "bozuk.docx"), [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);
        File.WriteAllBytes(Path.Combine(Inbox, "bos.txt"), []);
    }

    private static JsonNode Report(string output) => JsonNode.Parse(output)!;

    [Fact]
    public void Every_file_is_imported_or_named_with_its_reason()
    {
        FillInbox();

        var (code, output, _) = CliSandbox.Run("import", Inbox, "--corpus", Corpus, "--json");

        Assert.Equal(2, code); // two files were refused
        var report = Report(output);
        Assert.Equal(5, (int)report["imported"]!);
        Assert.Equal(2, (int)report["refused"]!);
        var files = report["files"]!.AsArray().ToDictionary(f => (string)f!["file"]!, f => f!);
        Assert.Contains("not a Word document", (string)files["bozuk.docx"]["message"]!, StringComparison.Ordinal);
        Assert.Contains("empty", (string)files["bos.txt"]["message"]!, StringComparison.Ordinal);
        Assert.Equal("imported", (string)files["haber.html"]["status"]!);
        Assert.True(File.Exists(Path.Combine(Corpus, "haber.md")));
        Assert.Equal(5, Directory.EnumerateFiles(Corpus, "*.md").Count());
    }

    [Fact]
    public void Importing_the_same_folder_again_changes_nothing()
    {
        FillInbox();
        CliSandbox.Run("import", Inbox, "--corpus", Corpus);
        var before = Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        var (_, output, _) = CliSandbox.Run("import", Inbox, "--corpus", Corpus, "--json");

        var report = Report(output);
        Assert.Equal(0, (int)report["imported"]!);
        Assert.Equal(5, (int)report["unchanged"]!);
        var after = Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
    }

    [Fact]
    public void A_changed_file_is_refused_unless_replacing()
    {
        Directory.CreateDirectory(Inbox);
        var paper = Path.Combine(Inbox, "kopru.txt");
        File.WriteAllText(paper, "Giriş\n\nHasret Köprüsü 1992 yılında açılmıştır.\n");
        CliSandbox.Run("import", Inbox, "--corpus", Corpus);
        File.WriteAllText(paper, "Giriş\n\nHasret Köprüsü 1992 yılında törenle açılmıştır.\n");

        var (refusedCode, refused, _) = CliSandbox.Run("import", Inbox, "--corpus", Corpus, "--json");
        var (replacedCode, replaced, _) = CliSandbox.Run("import", Inbox, "--corpus", Corpus, "--json", "--replace");

        Assert.Equal(2, refusedCode);
        Assert.Contains("already exists", (string)Report(refused)["files"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, replacedCode);
        Assert.Equal("replaced", (string)Report(replaced)["files"]![0]!["status"]!);
        Assert.Contains("törenle", File.ReadAllText(Path.Combine(Corpus, "kopru.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_names_each_file_and_the_totals()
    {
        FillInbox();

        var (_, output, _) = CliSandbox.Run("import", Inbox, "--corpus", Corpus);

        Assert.Contains("haber.html", output, StringComparison.Ordinal);
        Assert.Contains("error: ", output, StringComparison.Ordinal);
        Assert.EndsWith("7 files: 5 imported, 2 refused\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_for_one_paper_are_refused_with_a_folder()
    {
        Directory.CreateDirectory(Inbox);

        var (code, _, error) = CliSandbox.Run("import", Inbox, "--corpus", Corpus, "--id", "x");

        Assert.Equal(2, code);
        Assert.Contains("cannot be given with a folder", error, StringComparison.Ordinal);
    }
}
