using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Statistics;
using CorpusPortal.Search.Tests.Search;

namespace CorpusPortal.Search.Tests.Statistics;

/// <summary>
/// Frequency lists, keywords and collocations over the seed corpus's index, checked against counts taken straight
/// from the documents' passages, Turkish-correct (İ/I, apostrophes), narrowed by document, language and query.
/// </summary>
public sealed class CorpusStatisticsTests(SeedIndex seeds) : IClassFixture<SeedIndex>, IDisposable
{
    private readonly LuceneSearcher _searcher = new(seeds.Index, seeds.Glossary);

    public void Dispose() => _searcher.Dispose();

    private CorpusStatistics Statistics() => new(seeds.Index, _searcher, new TokenColumns(new TokenVocabulary(SeedIndex.ProtectedWords)));

    /// <summary>Every passage of the corpus with its words, as the documents give them (not as the index keeps them).</summary>
    private List<(string Document, string Language, List<string> Words)> Passages() =>
        [.. seeds.Corpus.ReadAll().SelectMany(PassageExtractor.Passages).Select(p => (p.Document, p.Language, WordForms.Of(p.Text, TextAnalyzer.IsTurkish(p.Language)).ToList()))];

    [Fact]
    public void A_frequency_list_of_the_whole_corpus_counts_every_word_of_every_passage()
    {
        var passages = Passages();
        var expected = passages.SelectMany(p => p.Words.Select(w => (w, TextAnalyzer.IsTurkish(p.Language) ? "tr" : "en")))
            .GroupBy(w => w).Select(g => (g.Key.w, g.Key.Item2, (long)g.Count(), passages.Where(p => p.Words.Contains(g.Key.w) && (TextAnalyzer.IsTurkish(p.Language) ? "tr" : "en") == g.Key.Item2).Select(p => p.Document).Distinct().Count()))
            .OrderByDescending(r => r.Item3).ThenBy(r => r.w, StringComparer.Ordinal).Take(40).ToList();

        var table = Statistics().Frequencies(new StatisticsScope(), CountBy.Form, top: 40).Table!;

        Assert.Equal(passages.Sum(p => (long)p.Words.Count), table.Words);
        Assert.Equal(4, table.Documents);
        Assert.Equal(passages.Count, table.Passages);
        Assert.Equal(expected, table.Rows.Select(r => (r.Text, r.Language, r.Frequency, r.Documents)));
        Assert.Equal(table.Rows[0].Frequency * 10_000.0 / table.Words, table.Rows[0].PerTenThousand, 9);
    }

    [Fact]
    public void Forms_are_lowercased_the_Turkish_way_and_apostrophes_are_one()
    {
        var passages = Passages().Where(p => p.Language == "tr").ToList();
        var table = Statistics().Frequencies(new StatisticsScope(Language: "tr"), CountBy.Form, top: 100_000).Table!;
        var rows = table.Rows.ToDictionary(r => r.Text);

        // Türkiye’nin and Türkiye'nin are one form; no form keeps a capital or a typographic apostrophe.
        Assert.Equal(passages.Sum(p => p.Words.Count(w => w == "türkiye'nin")), rows["türkiye'nin"].Frequency);
        Assert.True(rows["türkiye'nin"].Frequency > 1);
        Assert.DoesNotContain(table.Rows, r => r.Text.Any(char.IsUpper) || r.Text.Contains('’', StringComparison.Ordinal));
        Assert.Equal("istanbul", WordForms.Form("İSTANBUL", turkish: true));
        Assert.Equal("istanbul", WordForms.Form("ISTANBUL", turkish: false));
        Assert.Equal("ıstanbul", WordForms.Form("ISTANBUL", turkish: true));
    }

    [Fact]
    public void A_stem_list_gathers_the_forms_of_a_stem()
    {
        var forms = Statistics().Frequencies(new StatisticsScope(Language: "tr"), CountBy.Form, top: 100_000).Table!.Rows;
        var stems = Statistics().Frequencies(new StatisticsScope(Language: "tr"), CountBy.Stem, top: 100_000).Table!.Rows;
        var analyzer = new TextAnalyzer(SeedIndex.ProtectedWords);

        var türkiye = stems.Single(r => r.Text == "türkiye");
        Assert.Equal(forms.Where(f => WordForms.Stem(f.Text, turkish: true, analyzer) == "türkiye").Sum(f => f.Frequency), türkiye.Frequency);
        Assert.True(türkiye.Frequency > forms.Single(f => f.Text == "türkiye").Frequency);
    }

    [Fact]
    public void A_scope_narrows_the_list_to_a_document_a_language_or_what_a_query_finds()
    {
        var statistics = Statistics();
        var passages = Passages();

        var document = statistics.Frequencies(new StatisticsScope(Document: "002_f68ce36b87b3d29e"), CountBy.Form).Table!;
        var english = statistics.Frequencies(new StatisticsScope(Language: "en"), CountBy.Form, top: 100_000).Table!;
        var found = statistics.Frequencies(new StatisticsScope(Query: "Karabağ"), CountBy.Form).Table!;

        Assert.Equal(1, document.Documents);
        Assert.Equal(passages.Where(p => p.Document == "002_f68ce36b87b3d29e").Sum(p => (long)p.Words.Count), document.Words);
        Assert.All(english.Rows, r => Assert.Equal("en", r.Language));
        Assert.Equal(passages.Where(p => p.Language == "en").Sum(p => (long)p.Words.Count), english.Words);
        Assert.Equal(_searcher.Search("Karabağ", 1).Total, found.Passages);
        Assert.NotNull(statistics.Frequencies(new StatisticsScope(Query: "lang:xx"), CountBy.Form).Error);
    }

    [Fact]
    public void Keywords_are_the_words_a_document_uses_more_than_the_rest_ranked_by_log_likelihood()
    {
        var passages = Passages().Where(p => p.Language == "en").ToList();
        var table = Statistics().Keywords("003_94344ba106347a29", CountBy.Form, language: "en", top: 20).Table!;

        var inNews = passages.Where(p => p.Document == "003_94344ba106347a29").SelectMany(p => p.Words).ToList();
        var rest = passages.Where(p => p.Document != "003_94344ba106347a29").SelectMany(p => p.Words).ToList();
        Assert.Equal(inNews.Count, table.Words);
        Assert.Equal(rest.Count, table.ReferenceWords);
        Assert.NotEmpty(table.Rows);
        foreach (var row in table.Rows)
        {
            var a = inNews.Count(w => w == row.Text);
            var b = rest.Count(w => w == row.Text);
            Assert.Equal((a, b), ((int)row.Frequency, (int)row.ReferenceFrequency));
            Assert.Equal(Measures.LogLikelihood(a, b, inNews.Count, rest.Count), row.LogLikelihood, 9);
            Assert.True((double)a / inNews.Count > (double)b / rest.Count);
        }
        Assert.Equal(table.Rows.OrderByDescending(r => r.LogLikelihood).Select(r => r.Text), table.Rows.Select(r => r.Text));
        Assert.NotNull(Statistics().Keywords("999_0000000000000000", CountBy.Form).Error);
    }

    [Fact]
    public void Collocations_count_the_words_within_the_window_of_each_occurrence()
    {
        const int window = 3;
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, _, words) in Passages().Where(p => p.Language == "tr"))
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i] != "köprüsü")
                {
                    continue;
                }
                for (var j = Math.Max(0, i - window); j <= Math.Min(words.Count - 1, i + window); j++)
                {
                    if (j != i && words[j] != "köprüsü")
                    {
                        expected[words[j]] = expected.GetValueOrDefault(words[j]) + 1;
                    }
                }
            }
        }

        var table = Statistics().Collocations("Köprüsü", new StatisticsScope(Language: "tr"), CountBy.Form, window, top: 1000, minFrequency: 1).Table!;

        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), table.Rows.ToDictionary(r => r.Text, r => (int)r.Together).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Contains(table.Rows, r => r.Text == "hasret");
        Assert.All(table.Rows, r => Assert.True(r.LogDice <= 14));
        Assert.Equal(table.Rows.OrderByDescending(r => r.LogDice).ThenByDescending(r => r.Together).Select(r => r.Text), table.Rows.Select(r => r.Text));
    }

    [Fact]
    public void The_measures_are_those_of_their_authors()
    {
        // 10 in 1,000 words against 10 in 10,000: expected 1.818 and 18.18.
        Assert.Equal(2 * ((10 * Math.Log(10 / (1000 * 20.0 / 11000))) + (10 * Math.Log(10 / (10000 * 20.0 / 11000)))), Measures.LogLikelihood(10, 10, 1000, 10000), 12);
        Assert.Equal(Math.Log2(10), Measures.LogRatio(10, 10, 1000, 10000), 12);
        Assert.Equal(Math.Log2((5 / 100.0) / (0.5 / 1000)), Measures.LogRatio(5, 0, 100, 1000), 12);
        Assert.Equal(14, Measures.LogDice(7, 7, 7), 12);
        Assert.Equal(Math.Log2(4.0 * 1000 / (10 * 20)), Measures.MutualInformation(4, 10, 20, 1000), 12);
    }
}
