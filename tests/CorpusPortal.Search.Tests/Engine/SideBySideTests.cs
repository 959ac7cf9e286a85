using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Query;
using CorpusPortal.Search.Tests.Search;

namespace CorpusPortal.Search.Tests.Engine;

/// <summary>
/// Optional words side by side are ranked from the passages that have them all and counted from those with any: the
/// page, the scores and the counts are those of scoring every passage that has any of the words.
/// </summary>
public sealed class SideBySideTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    /// <summary>Every passage scored by Lucene's own searcher with the compiled query: scores of the first <paramref name="top"/>, and the count.</summary>
    private (List<double> Scores, int Total) EveryPassageScored(string query, int top)
    {
        var analyzer = new TextAnalyzer(SeedIndex.ProtectedWords);
        return seeds.Index.Read(searcher =>
        {
            var parsed = QueryParser.Parse(query);
            var compiled = new LuceneQuery(analyzer, new Vocabulary(searcher.IndexReader, analyzer), seeds.Glossary).Build(parsed.Root!)!;
            var best = searcher.Search(compiled, LuceneQuery.FilterOf(parsed.Filters), top);
            return (best.ScoreDocs.Select(d => Math.Round(d.Score, 2)).ToList(), best.TotalHits);
        });
    }

    [Theory]
    // Enough passages with all the words for the page: they alone are scored.
    [InlineData("Türkiye Azerbaycan", 10)]
    [InlineData("Azerbaycan Türkiye ilişkileri", 10)]
    [InlineData("Türkiye Azerbaycan köprü", 3)]
    [InlineData("Nahçıvan elektrik hattı", 2)]
    [InlineData("Türkiye Azerbaycan lang:en", 3)]
    [InlineData("Türkiye Azerbaycan section:footnote", 2)]
    // The glossary's phrases (barış gücü for peacekeepers) are counted by their own matches.
    [InlineData("peacekeepers Karabakh", 1)]
    // Too few: every passage with any of the words is scored.
    [InlineData("Türkiye Azerbaycan köprü", 10)]
    [InlineData("Karabakh peacekeepers", 10)]
    [InlineData("Nahçıvan zeplin", 10)]
    public void The_page_and_the_counts_are_those_of_scoring_every_passage(string query, int top)
    {
        using var searcher = new LuceneSearcher(seeds.Index, seeds.Glossary);

        var result = searcher.Search(query, top);
        var (scores, total) = EveryPassageScored(query, top);

        Assert.NotNull(LuceneQuery.SideBySide(new LuceneQuery(new TextAnalyzer(SeedIndex.ProtectedWords)).Build(QueryParser.Parse(query).Root!)!));
        Assert.Equal(total, result.Total);
        Assert.Equal(total, result.Facets.Languages.Values.Sum());
        Assert.Equal(scores, result.Hits.Select(h => Math.Round(h.Score, 2)).ToList());
    }

    [Fact]
    public void A_page_the_passages_with_all_the_words_cannot_fill_is_scored_from_all_once_they_are_counted()
    {
        using var searcher = new LuceneSearcher(seeds.Index, seeds.Glossary);
        const string query = "Türkiye Azerbaycan köprü";

        // Eight passages have all three words: a page of three is theirs; a page of ten then goes to scoring all.
        foreach (var top in new[] { 3, 10, 3 })
        {
            var result = searcher.Search(query, top);
            var (scores, total) = EveryPassageScored(query, top);
            Assert.Equal(total, result.Total);
            Assert.Equal(scores, result.Hits.Select(h => Math.Round(h.Score, 2)).ToList());
        }
    }

    [Theory]
    [InlineData("+Türkiye Azerbaycan")]
    [InlineData("Türkiye -Azerbaycan")]
    [InlineData("Türkiye AND Azerbaycan")]
    [InlineData("köprü")]
    public void Other_queries_are_scored_as_they_are(string query)
    {
        var compiled = new LuceneQuery(new TextAnalyzer(SeedIndex.ProtectedWords)).Build(QueryParser.Parse(query).Root!)!;

        Assert.Null(LuceneQuery.SideBySide(compiled));
    }
}
