using System.Text.Json.Nodes;

namespace CorpusPortal.Cli.Tests;

/// <summary>The JSON of <c>stats</c> and <c>export</c> is an interface other tools read: its names are fixed (docs/cli.md).</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private JsonObject Export(string id, string? corpus = null)
    {
        var (code, output, error) = CliSandbox.Run("export", id, "--format", "json", "--corpus", corpus ?? _sandbox.Corpus);
        Assert.True(code == 0, error);
        return JsonNode.Parse(output)!.AsObject();
    }

    private static void HasNames(JsonNode? node, params string[] names)
    {
        var obj = node!.AsObject();
        foreach (var name in names)
        {
            Assert.True(obj.ContainsKey(name), $"missing '{name}' in {obj.ToJsonString()[..Math.Min(200, obj.ToJsonString().Length)]}");
        }
    }

    [Fact]
    public void The_summary_names_are_kept()
    {
        var (code, output, _) = CliSandbox.Run("stats", "--json", "--corpus", Path.Combine(Repository.Root, "corpus"));

        Assert.Equal(0, code);
        var documents = JsonNode.Parse(output)!.AsArray();
        Assert.Equal(4, documents.Count);
        foreach (var document in documents)
        {
            HasNames(document, "id", "source", "kind", "languages", "title", "counts", "warnings");
            HasNames(document!["counts"], "sections", "paragraphs", "tables", "footnotes", "archivalCitations", "authorYearCitations");
        }
        var withWarnings = documents.First(d => d!["warnings"]!.AsArray().Count > 0)!;
        HasNames(withWarnings["warnings"]![0], "code", "message", "line");
    }

    [Fact]
    public void Footnotes_resolve_back_references_with_refersTo()
    {
        var export = Export("002_f68ce36b87b3d29e", Path.Combine(Repository.Root, "corpus"));

        var footnotes = export["footnotes"]!.AsArray();
        Assert.Equal(55, footnotes.Count);
        foreach (var footnote in footnotes)
        {
            HasNames(footnote, "number", "text");
        }
        var backReferences = footnotes.Where(f => f!["refersTo"] is not null).ToList();
        Assert.NotEmpty(backReferences);
        Assert.All(backReferences, f => Assert.True((int)f!["refersTo"]! < (int)f["number"]!));
        Assert.All(export["sections"]!.AsArray(), s => HasNames(s, "title", "number", "language"));
        Assert.Contains(export["sections"]!.AsArray(), s => (string?)s!["number"] == "6");
    }

    [Fact]
    public void Citations_carry_their_type_and_archival_fields()
    {
        var export = Export("001_4fca9fe008e145b8", Path.Combine(Repository.Root, "corpus"));

        var citations = export["citations"]!.AsArray();
        var archival = citations.Where(c => (string?)c!["type"] == "archival").ToList();
        Assert.Equal(49, archival.Count);
        Assert.All(archival, c => HasNames(c, "archive", "fonds", "unit", "date", "raw"));
        Assert.Contains(archival, c => (string?)c!["archive"] == "BCA" && (string?)c["fonds"] == "30-18-1-2" && (string?)c["unit"] == "669-133-4" && (string?)c["date"] == "1991-01-05");
        Assert.Contains(archival, c => (string?)c!["archive"] == "TDA");
        Assert.Contains(citations, c => (string?)c!["type"] == "authorYear");
        Assert.Single(export["tables"]!.AsArray());
        Assert.Equal(["tr", "en"], export["keywords"]!.AsObject().Select(k => k.Key).ToArray());
    }

    [Fact]
    public void Abstracts_carry_language_and_extended()
    {
        var export = Export("002_f68ce36b87b3d29e", Path.Combine(Repository.Root, "corpus"));

        var abstracts = export["abstracts"]!.AsArray();
        Assert.All(abstracts, a => HasNames(a, "language", "extended"));
        Assert.Contains(abstracts, a => (string?)a!["language"] == "tr" && !(bool)a["extended"]!);
        Assert.Contains(abstracts, a => (string?)a!["language"] == "en" && (bool)a["extended"]!);
        var bibliographic = export["citations"]!.AsArray().Where(c => (string?)c!["type"] == "bibliographic").ToList();
        Assert.Equal(56, bibliographic.Count);
    }

    [Fact]
    public void A_document_exported_as_TEI_imports_back_as_the_same_document()
    {
        var (code, tei, error) = CliSandbox.Run("export", "002_f68ce36b87b3d29e", "--format", "tei", "--corpus", Path.Combine(Repository.Root, "corpus"));
        Assert.True(code == 0, error);
        Assert.Equal("{http://www.tei-c.org/ns/1.0}TEI", System.Xml.Linq.XDocument.Parse(tei).Root!.Name.ToString());
        Directory.CreateDirectory(_sandbox.Folder);
        var file = Path.Combine(_sandbox.Folder, "karabag.tei.xml");
        File.WriteAllText(file, tei);

        var (imported, _, importError) = CliSandbox.Run("import", file, "--id", "karabag-tei", "--corpus", _sandbox.Corpus);
        Assert.True(imported == 0, importError);
        var original = Export("002_f68ce36b87b3d29e", Path.Combine(Repository.Root, "corpus"));
        var back = Export("karabag-tei");

        foreach (var field in new[] { "sections", "footnotes", "tables", "keywords", "title" })
        {
            Assert.Equal(Without(original[field], "source", "titleSource", "span", "noteSource"), Without(back[field], "source", "titleSource", "span", "noteSource"));
        }
        Assert.Equal(original["citations"]!.AsArray().Count, back["citations"]!.AsArray().Count);
    }

    /// <summary>The JSON with the named fields taken out everywhere (where in its file a text was found differs between formats).</summary>
    private static string Without(JsonNode? node, params string[] names)
    {
        var copy = node?.DeepClone();
        void Strip(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var name in names)
                    {
                        o.Remove(name);
                    }
                    foreach (var (_, child) in o.ToList())
                    {
                        Strip(child);
                    }
                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Strip(child);
                    }
                    break;
            }
        }
        Strip(copy);
        return copy?.ToJsonString() ?? "null";
    }
}
