using CorpusPortal.Ingestion;
using CorpusPortal.Search.Results;

namespace CorpusPortal.Search.Tests.Search;

/// <summary>
/// Archival search for every archive of the registry: a reference typed in any of its archive's shapes finds the
/// passages citing it in any other, because both come to one normal form.
/// </summary>
public sealed class ArchivalSearchTests : IDisposable
{
    private const string Paper = """
        Giriş

        Osmanlı kayıtları bunu anlatır (BOA, HR.SYS, Dosya: 2878, Gömlek: 45, 14.03.1921).

        Sovyet kayıtlarında da vardır (RGASPI, f. 17, op. 3, d. 45, l. 12).

        İngiliz raporu aynı günü anlatır (FO 371/12345, f. 23).

        Cumhuriyet belgeleri ayrıdır (BCA. 30-18-1-2/669-133-4, 05.01.1991).
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-index-" + Guid.NewGuid().ToString("N"));
    private readonly CorpusPortal.Search.Engine.PassageIndex _index;

    public ArchivalSearchTests()
    {
        _index = CorpusPortal.Search.Engine.PassageIndex.Open(_folder, SeedIndex.ProtectedWords);
        _index.Rebuild([(Importer.ImportText(Paper.ReplaceLineEndings("\n") + "\n", "arsiv.txt"), (string?)null)]);
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private SearchResult Search(string query)
    {
        using var searcher = new CorpusPortal.Search.Engine.LuceneSearcher(_index, null);
        return searcher.Search(query, 10);
    }

    [Theory]
    [InlineData("BOA HR.SYS 2878/45", "p-1")]
    [InlineData("BOA, HR.SYS, D. 2878, G. 45", "p-1")]
    [InlineData("RGASPI f. 17, op. 3, d. 45", "p-2")]
    [InlineData("РГАСПИ Ф. 17 Оп. 3 Д. 45", "p-2")]
    [InlineData("FO 371/12345", "p-3")]
    [InlineData("30.18.1.2/669.133.4", "p-4")]
    public void A_reference_in_another_spelling_finds_the_passage_that_cites_it(string query, string anchor)
    {
        var result = Search(query);

        Assert.Null(result.Error);
        Assert.Equal(anchor, result.Hits.First().Anchor);
    }

    [Fact]
    public void The_cited_reference_is_marked_in_the_snippet()
    {
        var hit = Search("BOA HR.SYS 2878/45").Hits.First();

        Assert.Contains("<mark>BOA, HR.SYS, Dosya: 2878, Gömlek: 45, 14.03.1921</mark>", hit.Snippet, StringComparison.Ordinal);
    }
}
