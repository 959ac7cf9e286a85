using CorpusPortal.Corpus.Store;
using CorpusPortal.Analysis.Citations.Archival.Registry;

namespace CorpusPortal.Corpus.Tests.Validation;

/// <summary>A corpus reads its citations with its own archives.yaml, and a registry it cannot use is named with its line.</summary>
public sealed class ArchiveRegistryFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-archives-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_corpus_without_its_own_registry_reads_with_the_built_in_one()
    {
        Assert.Same(ArchiveRegistry.Default, new CorpusFolder(_folder).Archives);
    }

    [Fact]
    public void A_corpus_reads_with_the_archives_of_its_own_registry()
    {
        File.WriteAllText(Path.Combine(_folder, "archives.yaml"), """
            archives:
              - abbreviation: KMA
                name: { tr: Kars Müzesi Arşivi, en: Kars Museum Archive }
                country: TR
                references: ["(Defter|Def.): {unit:number}"]
            """);

        var archives = new CorpusFolder(_folder).Archives;

        Assert.Equal(["KMA"], archives.Archives.Select(a => a.Abbreviation));
    }

    [Fact]
    public void A_registry_the_corpus_cannot_use_is_refused_with_its_file_and_line()
    {
        var path = Path.Combine(_folder, "archives.yaml");
        File.WriteAllText(path, "archives:\n  - abbreviation: KMA\n    name: { tr: A, en: B }\n    country: TR\n    references: [\"{unit:numbr}\"]\n");

        var refusal = Assert.Throws<CorpusFormatException>(() => new CorpusFolder(_folder).Archives);

        Assert.Equal(path, refusal.File);
        Assert.Equal(5, refusal.Line);
        Assert.Contains("'numbr' is not a kind", refusal.Problem, StringComparison.Ordinal);
    }
}
