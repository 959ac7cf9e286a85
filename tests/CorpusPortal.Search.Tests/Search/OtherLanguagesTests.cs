using CorpusPortal.Ingestion;

namespace CorpusPortal.Search.Tests.Search;

/// <summary>Passages in Russian and Azerbaijani are found: Russian by its exact and lowercased forms, Azerbaijani with the Turkish analysis.</summary>
public sealed class OtherLanguagesTests : IDisposable
{
    private const string Paper = """
        Giriş

        Karar Moskova'da alınmıştır ve arşivde bu belgenin özgün metni şöyle geçer; metin bölgedeki gelişmeler için önemli bir kaynaktır:

        Решение было принято на заседании Политбюро в 1930 году.

        Bakü basını da aynı günü yazmış ve kararın iki ülke ilişkileri için taşıdığı anlamı uzun uzun tartışmıştır:

        Azərbaycan xalqı bu qərarı dəstəkləmişdir və əlaqələr güclənmişdir.
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-index-" + Guid.NewGuid().ToString("N"));
    private readonly CorpusPortal.Search.Engine.PassageIndex _index;

    public OtherLanguagesTests()
    {
        _index = CorpusPortal.Search.Engine.PassageIndex.Open(_folder, SeedIndex.ProtectedWords);
        _index.Rebuild([(Importer.ImportText(Paper.ReplaceLineEndings("\n") + "\n", "diller.txt"), (string?)null)]);
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private List<string> Anchors(string query)
    {
        using var searcher = new CorpusPortal.Search.Engine.LuceneSearcher(_index, null);
        var result = searcher.Search(query, 10);
        Assert.Null(result.Error);
        return [.. result.Hits.Select(h => h.Anchor)];
    }

    [Theory]
    [InlineData("Политбюро")]
    [InlineData("политбюро")]
    [InlineData("ПОЛИТБЮРО lang:ru")]
    public void A_Russian_word_finds_its_passage_in_any_case(string query)
    {
        Assert.Equal(["p-2"], Anchors(query));
    }

    [Fact]
    public void An_Azerbaijani_passage_is_found_through_its_language_filter()
    {
        Assert.Equal(["p-4"], Anchors("xalqı lang:az"));
    }
}
