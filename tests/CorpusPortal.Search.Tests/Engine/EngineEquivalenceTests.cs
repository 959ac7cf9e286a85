using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Results;
using CorpusPortal.Search.Tests.Search;

namespace CorpusPortal.Search.Tests.Engine;

/// <summary>
/// Before the portal moves from SQLite FTS5 to Lucene (issue 9), both engines answer the documented query language
/// alike on the seed corpus: the same passages match, with the same facets, notices and errors. (Ranking may differ;
/// the query language's meaning changes only after the move, on purpose.)
/// </summary>
public sealed class EngineEquivalenceTests(SeedIndex seeds) : IClassFixture<SeedIndex>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-lucene-" + Guid.NewGuid().ToString("N"));
    private PassageIndex? _lucene;

    public void Dispose()
    {
        _lucene?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private PassageIndex Lucene()
    {
        if (_lucene is null)
        {
            _lucene = PassageIndex.Open(_folder, SeedIndex.ProtectedWords);
            _lucene.Rebuild(seeds.Corpus.ReadAll().Select(d => (d, (string?)null)));
        }
        return _lucene;
    }

    private static string Matched(SearchResult result) =>
        string.Join(", ", result.Hits.Select(h => $"{h.Document}#{h.Anchor}").Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("köprü")]
    [InlineData("Türkiye’nin")]
    [InlineData("Karabag savasi")]
    [InlineData("Nahcivan")]
    [InlineData("IHA")]
    [InlineData("peacekeepers")]
    [InlineData("IRAN")]
    [InlineData("enerji boru")]
    [InlineData("enerji AND boru")]
    [InlineData("Azerbaycan OR Gürcistan")]
    [InlineData("Azerbaycan -Ermenistan")]
    [InlineData("Azerbaycan NOT Ermenistan")]
    [InlineData("\"Bir Millet İki Devlet\"")]
    [InlineData("\"Hasret Köprüsü\"")]
    [InlineData("\"Eurasian Economic Union\"")]
    [InlineData("köp*")]
    [InlineData("İstan*")]
    [InlineData("enerji (boru OR hattı)")]
    [InlineData("30-18-1-2/681-182-10")]
    [InlineData("BCA 30.18.1.2/681.182.10")]
    [InlineData("681-182-10")]
    [InlineData("köprü lang:tr")]
    [InlineData("Azerbaijan lang:en")]
    [InlineData("Azerbaycan section:abstract")]
    [InlineData("Azerbaycan section:footnote")]
    [InlineData("Azerbaycan year:2015..2022")]
    [InlineData("Azerbaycan doc:001_4fca9fe008e145b8")]
    [InlineData("ve")]
    [InlineData("\"")]
    [InlineData("AND")]
    [InlineData("petrol köprü -Rusya")]
    public void Both_engines_find_the_same_passages(string query)
    {
        var sqlite = new Searcher(seeds.Index).Search(query, top: 1000);
        var lucene = new LuceneSearcher(Lucene()).Search(query, top: 1000);

        Assert.Equal(sqlite.Error, lucene.Error);
        Assert.Equal(sqlite.Notices, lucene.Notices);
        Assert.Equal(sqlite.Total, lucene.Total);
        Assert.Equal(Matched(sqlite), Matched(lucene));
        Assert.Equal(sqlite.Facets.Documents, lucene.Facets.Documents);
        Assert.Equal(sqlite.Facets.Sections, lucene.Facets.Sections);
        Assert.Equal(sqlite.Facets.Years, lucene.Facets.Years);
    }

    [Fact]
    public void A_phrase_in_Lucene_keeps_the_gap_a_stop_word_leaves()
    {
        // FTS5 held the words without their stop words, so "Azerbaycan-Türkiye" also matched "Azerbaycan ve Türkiye";
        // Lucene keeps positions, and the phrase matches only words side by side.
        var sqlite = new Searcher(seeds.Index).Search("Azerbaycan-Türkiye", top: 1000);
        var lucene = new LuceneSearcher(Lucene()).Search("Azerbaycan-Türkiye", top: 1000);

        var extra = sqlite.Hits.ExceptBy(lucene.Hits.Select(h => (h.Document, h.Anchor)), h => (h.Document, h.Anchor)).ToList();
        Assert.Subset(sqlite.Hits.Select(h => (h.Document, h.Anchor)).ToHashSet(), lucene.Hits.Select(h => (h.Document, h.Anchor)).ToHashSet());
        Assert.NotEmpty(lucene.Hits);
        Assert.Contains(extra, h => h.Text.Contains("Azerbaycan ve Türkiye", StringComparison.Ordinal) || h.Text.Contains("Azerbaycan ile Türkiye", StringComparison.Ordinal));
    }

    [Fact]
    public void An_exact_match_ranks_above_a_folded_one_in_Lucene_too()
    {
        var searcher = new LuceneSearcher(Lucene());
        var exact = searcher.Search("Türkiye", top: 1).Hits.Single();
        var folded = searcher.Search("Turkiye", top: 1000).Hits.Single(h => (h.Document, h.Anchor) == (exact.Document, exact.Anchor));

        Assert.True(exact.Score > folded.Score, $"{exact.Score} for Türkiye, {folded.Score} for Turkiye");
        Assert.Contains("<mark>", exact.Snippet, StringComparison.Ordinal);
    }
}
