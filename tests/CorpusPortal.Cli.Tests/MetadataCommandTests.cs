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

    /// <summary>The authors of an export as "Family, Given".</summary>
    private static string[] Authors(JsonNode export) =>
        export["authors"]!.AsArray().Select(a => $"{(string)a!["family"]!}, {(string?)a["given"]}").ToArray();

    [Fact]
    public void Supplied_title_authors_and_year_are_stored_and_marked_editorial()
    {
        var id = _sandbox.ImportSeed("000_");

        var (code, _, error) = CliSandbox.Run("metadata", id, "--corpus", _sandbox.Corpus,
            "--title", "tr=Bağımsızlık Sonrası Azerbaycan’ın Dış Politikası", "--author", "Yılmaz, Ayşe", "--author", "Öztürk, İsmail", "--year", "2019");

        Assert.True(code == 0, error);
        var export = Export(id);
        Assert.Equal("Bağımsızlık Sonrası Azerbaycan’ın Dış Politikası", (string?)export["title"]!["tr"]);
        Assert.Equal(["Yılmaz, Ayşe", "Öztürk, İsmail"], Authors(export));
        Assert.Equal(2019, (int?)export["year"]);
        Assert.Equal(["authors", "published", "title.tr"], Strings(export["editorialFields"]));
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
        Assert.Equal(["Yılmaz, Ayşe"], Authors(export));
        Assert.Equal(["authors", "published"], Strings(export["editorialFields"]));
    }

    [Fact]
    public void Publication_fields_are_set_by_name_and_a_pasted_DOI_link_keeps_only_the_DOI()
    {
        var id = _sandbox.ImportSeed("002_");

        var (code, _, error) = CliSandbox.Run("metadata", id, "--corpus", _sandbox.Corpus,
            "--set", "container=Karadeniz Araştırmaları", "--set", "volume=18", "--set", "issue=70",
            "--set", "pages=421-446", "--set", "doi=https://doi.org/10.12345/kara.2021.1", "--set", "published=2021-06-30");

        Assert.True(code == 0, error);
        var publication = Export(id)["publication"]!;
        Assert.Equal("Karadeniz Araştırmaları", (string?)publication["container"]);
        Assert.Equal("421-446", (string?)publication["pages"]);
        Assert.Equal("10.12345/kara.2021.1", (string?)publication["doi"]);
        Assert.Equal("2021-06-30", (string?)publication["published"]);
        Assert.Null(publication["url"]);
        Assert.Contains("container: Karadeniz Araştırmaları", _sandbox.CanonicalText(id), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--title", "Başlık", "LANG=TEXT")]
    [InlineData("--title", "fr=Titre", "LANG=TEXT")]
    [InlineData("--year", "19", "between 1000 and 2100")]
    [InlineData("--set", "doi=12.34/x", "is not a DOI")]
    [InlineData("--set", "published=2021-02-30", "is not a date")]
    [InlineData("--set", "colour=red", "FIELD=VALUE")]
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
