using System.Text.Json.Nodes;

namespace CorpusPortal.Cli.Tests;

/// <summary>Editors supply metadata the source lacks; the corpus file records which fields are editorial.</summary>
public sealed class MetadataCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private JsonNode Export(string id)
    {
        var (code, output, error) = CliSandbox.Run("export", id, "--corpus", _sandbox.Corpus);
        Assert.True(code == 0, error);
        return JsonNode.Parse(output)!;
    }

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToArray();

    [Fact]
    public void Supplied_title_authors_and_year_are_stored_and_marked_editorial()
    {
        var id = _sandbox.ImportSeed("000_");

        var (code, _, error) = CliSandbox.Run("metadata", id, "--corpus", _sandbox.Corpus,
            "--title", "tr=Bağımsızlık Sonrası Azerbaycan’ın Dış Politikası", "--author", "Yılmaz, Ayşe", "--author", "Öztürk, İsmail", "--year", "2019");

        Assert.True(code == 0, error);
        var export = Export(id);
        Assert.Equal("Bağımsızlık Sonrası Azerbaycan’ın Dış Politikası", (string?)export["title"]!["tr"]);
        Assert.Equal(["Yılmaz, Ayşe", "Öztürk, İsmail"], Strings(export["authors"]));
        Assert.Equal(2019, (int?)export["year"]);
        Assert.Equal(["authors", "title.tr", "year"], Strings(export["editorialFields"]));
        Assert.Contains("- title.tr", _sandbox.CanonicalText(id), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_found_in_the_source_stays_non_editorial_when_another_language_is_supplied()
    {
        var id = _sandbox.ImportSeed("001_");

        CliSandbox.Run("metadata", id, "--corpus", _sandbox.Corpus, "--title", "tr=Stratejik İttifak Bağlamında Türkiye’nin Azerbaycan ile İlişkileri (1990-1993)");

        var export = Export(id);
        Assert.Equal(["title.tr"], Strings(export["editorialFields"]));
        Assert.StartsWith("Turkey's Relations with Azerbaijan", (string?)export["title"]!["en"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_re_import_keeps_what_the_editor_supplied()
    {
        var id = _sandbox.ImportSeed("000_");
        CliSandbox.Run("metadata", id, "--corpus", _sandbox.Corpus, "--author", "Yılmaz, Ayşe");
        var raw = Directory.EnumerateFiles(Repository.RawFolder, "000_*.txt").Single();

        var (code, _, _) = CliSandbox.Run("import", raw, "--corpus", _sandbox.Corpus, "--replace", "--year", "2019");

        Assert.Equal(0, code);
        var export = Export(id);
        Assert.Equal(["Yılmaz, Ayşe"], Strings(export["authors"]));
        Assert.Equal(["authors", "year"], Strings(export["editorialFields"]));
    }

    [Theory]
    [InlineData("--title", "Başlık", "LANG=TEXT")]
    [InlineData("--title", "fr=Titre", "LANG=TEXT")]
    [InlineData("--year", "19", "four-digit year")]
    [InlineData("--kind", "novel", "expected one of")]
    [InlineData("--author", " ", "empty")]
    public void Bad_values_are_refused_and_the_file_is_left_alone(string option, string value, string expected)
    {
        var id = _sandbox.ImportSeed("000_");
        var before = _sandbox.CanonicalText(id);

        var (code, _, error) = CliSandbox.Run("metadata", id, "--corpus", _sandbox.Corpus, option, value);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(before, _sandbox.CanonicalText(id));
    }

    [Fact]
    public void An_unknown_document_is_refused()
    {
        var (code, _, error) = CliSandbox.Run("metadata", "nothing-here", "--corpus", _sandbox.Corpus, "--year", "2000");

        Assert.Equal(2, code);
        Assert.Contains("no document 'nothing-here'", error, StringComparison.Ordinal);
    }
}
