using CorpusPortal.Search.Results;

namespace CorpusPortal.Search.Tests.Search;

/// <summary>
/// Several words without operators: passages with all of them first, then those with most of them; a query never
/// answers nothing while one of its words is in the corpus. +word, AND and quotes still require.
/// </summary>
public sealed class RankingTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private SearchResult Search(string query, int top = 10)
    {
        using var searcher = new CorpusPortal.Search.Engine.LuceneSearcher(seeds.Index, seeds.Glossary);
        return searcher.Search(query, top);
    }

    private static bool Has(SearchHit hit, string text) => hit.Text.Contains(text, StringComparison.Ordinal);

    [Fact]
    public void Passages_with_all_the_words_come_before_those_with_some()
    {
        var result = Search("köprünün açılış töreni", top: 100);

        var first = result.Hits[0];
        Assert.Contains("açılış tören", first.Text, StringComparison.Ordinal);
        // Passages that only speak of the bridge are still found, after.
        Assert.Contains(result.Hits.Skip(1), h => Has(h, "köprü") && !Has(h, "tören"));
    }

    [Fact]
    public void A_word_the_corpus_lacks_does_not_empty_the_result()
    {
        var result = Search("Nahçıvan zeplin");

        Assert.True(result.Total > 0);
        var missing = Assert.Single(result.Notices, n => n.Code == "not-in-corpus");
        Assert.Equal("'zeplin' is not in the corpus in any form; the passages are ranked by the other words", missing.Text);
        Assert.Equal(["zeplin"], missing.Values);
        // Nahçivan is another spelling, Nakhchivan the English name in the glossary.
        Assert.All(result.Hits, h => Assert.True(Has(h, "Nahçıvan") || Has(h, "Nahçivan") || Has(h, "Nakhchivan"), h.Text));
    }

    [Fact]
    public void A_plus_requires_its_word()
    {
        var result = Search("+SOCAR kuruluşu", top: 100);

        Assert.True(result.Total > 0);
        Assert.All(result.Hits, h => Assert.Contains("SOCAR", h.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Both_sides_of_AND_are_required()
    {
        var result = Search("SOCAR AND vantilatör");

        // No passage has both: AND finds nothing where the words side by side find either.
        Assert.Equal(0, result.Total);
        Assert.True(Search("SOCAR vantilatör").Total > 0);
    }

    [Fact]
    public void A_phrase_among_words_is_required()
    {
        var result = Search("\"Bir Millet İki Devlet\" Aliyev", top: 100);

        Assert.True(result.Total > 0);
        Assert.All(result.Hits, h => Assert.Contains("Millet İki Devlet", h.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void An_excluded_word_is_never_in_a_hit()
    {
        var result = Search("köprü açılış -Demirel", top: 100);

        Assert.True(result.Total > 0);
        Assert.DoesNotContain(result.Hits, h => Has(h, "Demirel"));
    }

    [Theory]
    [InlineData("Nahcivan elektrik hatti", "elektrik hattını")]
    [InlineData("toreni", "töreninde")]
    [InlineData("kurulusu", "kuruluşu")]
    [InlineData("Ermenistanin isgal ettigi", "işgal")]
    public void A_word_typed_without_its_letters_or_in_another_form_finds_the_corpus_forms(string query, string text)
    {
        var result = Search(query, top: 100);

        var hit = Assert.Single(result.Hits.Where(h => Has(h, text)).Take(1));
        Assert.Contains("<mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_stem_finds_the_words_derived_from_its_root_but_a_typed_form_ranks_first()
    {
        var result = Search("SOCAR kuruluşu");

        // SOCAR's passage says "kurulan" (founded): the root kurul- is enough to count the word as present.
        Assert.Contains("(SOCAR)", result.Hits[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_is_not_a_root_other_words_derive_from()
    {
        var result = Search("Türkiye", top: 1000);

        // Türkistan begins with the letters of Türkiye (a protected name); it is another place.
        var marked = result.Hits.SelectMany(h => h.Matches.Select(m => h.Text.Substring(m.Start, m.Length))).ToList();
        Assert.Contains("Türkiye", marked);
        Assert.DoesNotContain(marked, word => word.StartsWith("Türkistan", StringComparison.Ordinal));
    }

    [Fact]
    public void The_researcher_queries_of_the_relevance_benchmark_mostly_find_their_passage_first()
    {
        var path = Path.Combine(ReferenceData.Root, "src", "CorpusPortal.Benchmarks", "Search", "Relevance", "queries.tsv");
        var queries = File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();

        var misses = queries.Where(q => Search(q[1], top: 1).Hits.FirstOrDefault() is not { } first || !q[2].Split(" || ").Any(answer => Has(first, answer)))
            .Select(q => q[1]).ToList();

        // docs/performance.md has the figures (goal 0.93); this guards against a change that loses several at once.
        Assert.True(misses.Count <= queries.Count / 10, $"{misses.Count} of {queries.Count} not first: {string.Join("; ", misses)}");
    }

    [Fact]
    public void A_hit_carries_what_a_reader_recognises_it_by()
    {
        var hit = Search("Laçin koridoru").Hits[0];
        var json = System.Text.Json.Nodes.JsonNode.Parse(SearchJson.Write(Search("Laçin koridoru", top: 1)))!["hits"]![0]!;

        Assert.Equal("An Important Crossroads in Azerbaijan-Turkey Relations: Second Karabakh War", hit.Title);
        Assert.Equal(2021, hit.Year);
        Assert.Equal(hit.Title, (string?)json["title"]);
        Assert.NotNull(json["authors"]);
        Assert.All(new[] { "doc", "anchor", "language", "section", "score", "snippet", "text" }, name => Assert.NotNull(json[name]));
    }
}
