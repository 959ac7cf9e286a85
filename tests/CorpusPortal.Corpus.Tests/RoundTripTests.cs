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
}
