using System.Security.Cryptography;
using System.Text;
using CorpusPortal.Analysis.Citations.Archival.Registry;

namespace CorpusPortal.Ingestion.Tests.Archives;

/// <summary>The archive registry: the archives it ships, and a clear refusal, with its line, of a registry that cannot be used.</summary>
public sealed class ArchiveRegistryTests
{
    private const string OneArchive = """
        archives:
          - abbreviation: KMA
            name:
              tr: Kars Müzesi Arşivi
              en: Kars Museum Archive
            country: TR
            references:
              - "(Defter|Def.): {unit:number}, (Sayfa|s.): {folio:range}"
        """;

    [Theory]
    [InlineData("BCA", "TR")]
    [InlineData("BOA", "TR")]
    [InlineData("TDA", "TR")]
    [InlineData("ATASE", "TR")]
    [InlineData("TBMM", "TR")]
    [InlineData("TNA", "GB")]
    [InlineData("NARA", "US")]
    [InlineData("RGASPI", "RU")]
    [InlineData("GARF", "RU")]
    [InlineData("ARDA", "AZ")]
    [InlineData("ARPİİSSA", "AZ")]
    public void The_built_in_registry_names_each_archive_in_Turkish_and_English(string abbreviation, string country)
    {
        var archive = ArchiveRegistry.Default.Find(abbreviation);

        Assert.NotNull(archive);
        Assert.Equal(country, archive.Country);
        Assert.NotEqual(archive.TurkishName, archive.EnglishName);
        Assert.NotEmpty(archive.References);
    }

    [Fact]
    public void The_built_in_registry_is_the_repositorys_corpus_archives_yaml()
    {
        var file = File.ReadAllText(Path.Combine(CorpusPortal.Tests.RepositoryRoot.Path, "corpus", ArchiveRegistry.FileName), Encoding.UTF8);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file)))[..16], ArchiveRegistry.Default.Hash);
    }

    [Fact]
    public void An_archive_an_editor_adds_is_recognised_with_its_own_words()
    {
        var registry = ArchiveRegistry.Parse(OneArchive, "archives.yaml");

        var document = Importer.ImportText("Giriş\n\nKayıt şöyledir (KMA, Defter: 7, s. 12-14).\n", "kars.txt", archives: registry);

        var citation = Assert.Single(document.Citations.OfType<CorpusPortal.Model.Citations.ArchivalCitation>());
        Assert.Equal("KMA 7", citation.Key);
        Assert.Equal("12-14", citation.Folio);
    }

    [Fact]
    public void A_registry_without_an_archive_recognises_none_of_its_citations()
    {
        var registry = ArchiveRegistry.Parse(OneArchive, "archives.yaml");

        var document = Importer.ImportText("Giriş\n\nKarar alınmıştır (BCA. 30-18-1-2/669-133-4, 05.01.1991).\n", "bca.txt", archives: registry);

        Assert.Empty(document.Citations.OfType<CorpusPortal.Model.Citations.ArchivalCitation>());
        Assert.Contains(document.Warnings, w => w.Code == "archive-unlisted" && w.Message.Contains("BCA", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("archives:\n  - abbreviation: KMA\n    name: {tr: A, en: B}\n    country: TR\n    referneces: [\"{unit:number}\"]\n", 5, "'referneces' is not a key of an archive")]
    [InlineData("archives:\n  - abbreviation: KMA\n    country: TR\n    references: [\"{unit:number}\"]\n", 2, "'name' needs tr: and en:")]
    [InlineData("archives:\n  - abbreviation: KMA\n    name: {tr: A, en: B}\n    country: Türkiye\n    references: [\"{unit:number}\"]\n", 4, "is not a two-letter code")]
    [InlineData("archives:\n  - abbreviation: KMA\n    name: {tr: A, en: B}\n    country: TR\n    references:\n      - \"{unit:numbr}\"\n", 6, "'numbr' is not a kind")]
    [InlineData("archives:\n  - abbreviation: KMA\n    name: {tr: A, en: B}\n    country: TR\n    references:\n      - \"[{unit:number}\"\n", 6, "'[' is not closed")]
    [InlineData("archives:\n  - abbreviation: KMA\n    name: {tr: A, en: B}\n    country: TR\n    references:\n      - \"(Defter|Def.)\"\n", 6, "needs a {fonds:…} or a {unit:…} part")]
    [InlineData("archives:\n  - abbreviation: KMA\n    name: {tr: A, en: B}\n    country: TR\n    references: [\"{unit:number}\"]\n  - abbreviation: BCA\n    also: [KMA]\n    name: {tr: A, en: B}\n    country: TR\n    references: [\"{unit:number}\"]\n", 6, "KMA is already the abbreviation of the archive at line 2")]
    [InlineData("archives: &a\n  - abbreviation: KMA\nmore: *a\n", 3, "aliases")]
    [InlineData("archives:\n  - abbreviation: [KMA\n", 3, "not readable as YAML")]
    [InlineData("archive:\n  - abbreviation: KMA\n", 1, "needs an 'archives:' list")]
    public void A_registry_that_cannot_be_used_is_refused_at_its_line(string yaml, int line, string problem)
    {
        var refusal = Assert.Throws<ArchiveRegistryException>(() => ArchiveRegistry.Parse(yaml, "corpus/archives.yaml"));

        Assert.Equal(line, refusal.Line);
        Assert.Contains(problem, refusal.Message, StringComparison.Ordinal);
        Assert.StartsWith($"corpus/archives.yaml:{line}: ", refusal.Message, StringComparison.Ordinal);
    }
}
