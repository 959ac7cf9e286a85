using CorpusPortal.Search.Results;

namespace CorpusPortal.Search.Tests.Search;

/// <summary>Searching the seed corpus: inflected Turkish, typed without Turkish letters, English, phrases, archival units.</summary>
public sealed class RelevanceTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private SearchResult Search(string query, int top = 10)
    {
        using var searcher = new CorpusPortal.Search.Engine.LuceneSearcher(seeds.Index);
        return searcher.Search(query, top);
    }

    [Fact]
    public void An_inflected_Turkish_word_finds_its_other_forms_and_marks_them()
    {
        var result = Search("köprü");

        Assert.Null(result.Error);
        var hits = result.Hits.Where(h => h.Text.Contains("Köprüsü’nün", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("<mark>Köprüsü’nün</mark>", h.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public void Words_typed_without_Turkish_letters_find_them()
    {
        var result = Search("Karabag savasi");

        Assert.True(result.Total > 0);
        Assert.Contains(result.Hits, h => h.Text.Contains("Karabağ Savaşı", StringComparison.Ordinal));
    }

    [Fact]
    public void Exact_matches_rank_above_folded_ones()
    {
        var exact = Search("Türkiye", top: 1).Hits.Single();
        var folded = Search("Turkiye", top: 1000).Hits.Single(h => (h.Document, h.Anchor) == (exact.Document, exact.Anchor));

        Assert.True(exact.Score > folded.Score, $"the same passage scores {exact.Score} for Türkiye and {folded.Score} for Turkiye");
    }

    [Fact]
    public void English_words_are_stemmed()
    {
        var result = Search("peacekeeper withdrawal");

        Assert.Contains(result.Hits, h => h.Document.StartsWith("003_", StringComparison.Ordinal));
        Assert.All(result.Hits, h => Assert.Equal("en", h.Language));
    }

    [Fact]
    public void A_phrase_needs_its_words_in_order()
    {
        var phrase = Search("\"Bir Millet İki Devlet\"");
        var reversed = Search("\"Devlet İki Millet Bir\"");

        Assert.True(phrase.Total > 0);
        Assert.Equal(0, reversed.Total);
    }

    [Theory]
    [InlineData("30-18-1-2/669-133-4")]
    [InlineData("BCA 30.18.1.2/669.133.4")]
    [InlineData("669-133-4")]
    public void An_archival_unit_is_found_in_any_spelling(string query)
    {
        var result = Search(query);

        Assert.Null(result.Error);
        Assert.True(result.Total >= 2, $"{result.Total} hits");
        // The two passages that cite the unit come first (BCA alone is in many more).
        Assert.All(result.Hits.Take(2), h => Assert.Contains("669-133-4", h.Text, StringComparison.Ordinal));
        Assert.All(result.Hits, h => Assert.Contains("<mark>", h.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public void Filters_narrow_the_hits_and_facets_count_them()
    {
        var all = Search("Azerbaycan");
        var abstracts = Search("Azerbaycan section:abstract lang:tr");

        Assert.True(abstracts.Total < all.Total);
        Assert.All(abstracts.Hits, h => Assert.Equal(("abstract", "tr"), (h.Section, h.Language)));
        Assert.Equal(all.Total, all.Facets.Documents.Values.Sum());
        Assert.Equal(all.Total, all.Facets.Sections.Values.Sum());
    }

    [Fact]
    public void The_document_facet_lists_the_documents_with_most_hits_first()
    {
        var result = Search("Azerbaycan OR Azerbaijan");

        var counts = result.Facets.Documents.Values.ToList();
        Assert.True(counts.Count > 1);
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public void The_year_facet_counts_each_year_s_passages()
    {
        var all = Search("Azerbaycan OR Azerbaijan");

        Assert.NotEmpty(all.Facets.Years);
        foreach (var (year, count) in all.Facets.Years)
        {
            Assert.Equal(count, Search($"(Azerbaycan OR Azerbaijan) year:{year}").Total);
        }
    }

    [Fact]
    public void A_malformed_query_gets_an_error_not_an_exception()
    {
        Assert.NotNull(Search("lang:xx Azerbaycan").Error);
        Assert.NotNull(Search(new string('a', 10_000)).Error);
        Assert.NotNull(Search("-Azerbaycan").Error);
        Assert.Null(Search("\"Bir Millet").Error);
    }

    [Fact]
    public void Snippets_cannot_inject_HTML()
    {
        var result = Search("köprü");

        Assert.All(result.Hits, h => Assert.DoesNotContain("<script", h.Snippet, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;", Highlighter.Escape("<script>alert(1)</script>"));
    }
}
