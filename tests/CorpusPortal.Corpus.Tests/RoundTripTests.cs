using CorpusPortal.Corpus.Json;
using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Ingestion;

namespace CorpusPortal.Corpus.Tests;

/// <summary>Writing a document to its canonical file and reading it back gives the same document.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Seeds() => new(Directory.EnumerateFiles(Repository.RawFolder, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reading_the_canonical_file_back_gives_the_same_document(string raw)
    {
        var imported = Importer.Import(File.ReadAllBytes(Path.Combine(Repository.RawFolder, raw)), raw);

        var readBack = CanonicalReader.Read(CanonicalWriter.Write(imported), raw);

        Assert.Equal(DocumentJson.Write(DocumentJson.Export(imported)), DocumentJson.Write(DocumentJson.Export(readBack)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Importing_the_raw_seed_reproduces_its_canonical_file_in_the_corpus(string raw)
    {
        var imported = Importer.Import(File.ReadAllBytes(Path.Combine(Repository.RawFolder, raw)), raw);
        var golden = File.ReadAllText(Path.Combine(Repository.Root, "corpus", imported.Id + ".md"));

        Assert.Equal(golden, CanonicalWriter.Write(imported));
    }

    [Fact]
    public void Text_that_looks_like_Markdown_survives_the_round_trip()
    {
        var text = "20. yüzyıl *önce* _sonra_ [not] <b>kalın</b> {#x} a & b \\ `kod`";
        var imported = Importer.ImportText(text + "\n", "markup.txt");

        var readBack = CanonicalReader.Read(CanonicalWriter.Write(imported), "markup.md");

        Assert.Equal(text, Assert.Single(readBack.Paragraphs).Text);
    }

    [Fact]
    public void Italics_of_paragraphs_and_notes_survive_the_round_trip()
    {
        var imported = Importer.ImportText("Giriş\n\nFerman Saʿdâbâd kazâsına gönderilmiş ve orada okunmuştur.1\n\n1 Ali Veli, Köprüler, 2001.\n", "italics.txt");
        var paragraph = imported.Paragraphs.Single() with { Emphasis = [new Model.Documents.Emphasis(7, 17)] };
        var document = imported with
        {
            Sections = [imported.Sections.Single() with { Blocks = [paragraph] }],
            Footnotes = [imported.Footnotes.Single() with { Emphasis = [new Model.Documents.Emphasis(10, 8)] }],
        };

        var canonical = CanonicalWriter.Write(document);
        var readBack = CanonicalReader.Read(canonical, "italics.md");

        Assert.Contains("em=\"7:17\"", canonical, StringComparison.Ordinal);
        Assert.Equal([new Model.Documents.Emphasis(7, 17)], readBack.Paragraphs.Single().Emphasis);
        Assert.Equal([new Model.Documents.Emphasis(10, 8)], readBack.Footnotes.Single().Emphasis);
    }

    [Theory]
    [InlineData("Giriş\n\nMetin burada bitmiştir.1 Not yoktur.\n", "a marker whose note the source lacks")]
    [InlineData("Giriş\n\nBir yazı,1(parantez) ve devamı.2: iki nokta.\n\n1 Ali Veli, Eser, 2001.\n2 Ali Veli, Eser, 2002.\n", "a marker followed by ( or :")]
    [InlineData("Giriş\n\nTablo 1\n\nSonraki paragraf uzunca bir cümledir ve tabloya ait değildir.\n", "a table with neither caption nor rows")]
    [InlineData("~~~ çizgi ile başlayan bir paragraf\n\n| dikey çizgi ile başlayan bir paragraf\n", "paragraphs starting like a code fence or a table")]
    [InlineData("N*~}\n\nBu çalışma, İkinci Karabağ Savaşı sırasında Türkiye'nin tutumunu arşiv belgeleriyle inceler ve tartışır.\n", "a heading whose anchor is one letter")]
    public void Edge_cases_found_by_the_robustness_test_survive_the_round_trip(string raw, string construct)
    {
        var imported = Importer.ImportText(raw, "edge.txt");

        var readBack = CanonicalReader.Read(CanonicalWriter.Write(imported), "edge.md");

        Assert.True(DocumentJson.Write(DocumentJson.Export(imported)) == DocumentJson.Write(DocumentJson.Export(readBack)), construct);
    }
}
