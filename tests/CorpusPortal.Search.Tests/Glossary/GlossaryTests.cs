using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Glossary;
using CorpusPortal.Search.Results;
using CorpusPortal.Search.Tests.Search;

namespace CorpusPortal.Search.Tests.Glossary;

/// <summary>The glossary: TR↔EN equivalents and spellings of names, applied to queries.</summary>
public sealed class GlossaryTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private static readonly string[] Sample =
    [
        "# a comment",
        "tr\ten",
        "Karabağ\tKarabakh",
        "Haydar Aliyev | Heydar Aliyev\tHeydar Aliyev",
        "Avrasya Ekonomik Birliği\tEurasian Economic Union | EAEU",
        "Sovyetler Birliği\tUnion of Soviet Socialist Republics",
        "Nahçıvan | Nahçivan\tNakhchivan",
    ];

    private static TermGlossary Parse(params string[] lines)
    {
        var (glossary, problems) = GlossaryFile.Parse(lines, "glossary.tsv", WordList.Empty);
        Assert.Empty(problems);
        return glossary;
    }

    private static string Find(TermGlossary glossary, string query) => string.Join("; ",
        glossary.Find(query.Split(' '), new TextAnalyzer()).Select(m => $"{m.Start}+{m.Length} {m.Expression.Text} → {string.Join(", ", m.Alternatives.Select(a => a.Text))}"));

    [Theory]
    [InlineData("Karabakh", "0+1 Karabakh → Karabağ")]
    [InlineData("Karabağ'da savaş", "0+1 Karabağ → Karabakh")]
    [InlineData("Karabag", "0+1 Karabağ → Karabakh")]
    [InlineData("KARABAĞ", "0+1 Karabağ → Karabakh")]
    // Both Turkish spellings fit an ascii-typed word: the entry matches once.
    [InlineData("Nahcivan", "0+1 Nahçıvan → Nahçivan, Nakhchivan")]
    [InlineData("Heydar Aliyev'in", "0+2 Heydar Aliyev → Haydar Aliyev, Heydar Aliyev; 0+2 Heydar Aliyev → Haydar Aliyev, Heydar Aliyev")]
    [InlineData("joining the Eurasian Economic Union", "2+3 Eurasian Economic Union → Avrasya Ekonomik Birliği, EAEU")]
    [InlineData("Avrasya Ekonomik Birliğine üyelik", "0+3 Avrasya Ekonomik Birliği → Eurasian Economic Union, EAEU")]
    [InlineData("Union of Soviet Socialist Republics", "0+5 Union of Soviet Socialist Republics → Sovyetler Birliği")]
    [InlineData("Eurasian Union", "")]
    [InlineData("Karabakhs", "0+1 Karabakh → Karabağ")]
    public void Finds_its_expressions_in_a_query(string query, string found)
    {
        Assert.Equal(found, Find(Parse(Sample), query));
    }

    [Fact]
    public void A_line_it_cannot_read_is_reported_with_its_number_and_the_rest_still_works()
    {
        var (glossary, problems) = GlossaryFile.Parse(["tr\ten", "Karabağ\tKarabakh", "yalnız", "a\tb\tc"], "glossary.tsv", WordList.Empty);

        Assert.Equal(1, glossary.Count);
        Assert.Collection(problems,
            p => Assert.StartsWith("glossary.tsv, line 3: an entry needs at least two expressions", p, StringComparison.Ordinal),
            p => Assert.StartsWith("glossary.tsv, line 4: 3 columns, the header names 2", p, StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_without_its_header_is_refused_whole()
    {
        var (glossary, problems) = GlossaryFile.Parse(["Karabağ\tKarabakh"], "glossary.tsv", WordList.Empty);

        Assert.Equal(0, glossary.Count);
        Assert.StartsWith("glossary.tsv, line 1: the first line must name the languages", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void The_corpus_glossary_reads_without_problems_and_has_at_least_150_entries()
    {
        var (glossary, problems) = CorpusPortal.Search.Index.CorpusIndex.Glossary(seeds.Corpus);

        Assert.Empty(problems);
        Assert.True(glossary.Count >= 150, $"{glossary.Count} entries");
    }

    private SearchResult Search(string query, int top = 100)
    {
        using var searcher = new CorpusPortal.Search.Engine.LuceneSearcher(seeds.Index, seeds.Glossary);
        return searcher.Search(query, top);
    }

    [Fact]
    public void An_English_query_finds_a_subject_written_about_only_in_Turkish_and_marks_it()
    {
        var result = Search("Khojaly massacre");

        var first = result.Hits[0];
        Assert.Equal("tr", first.Language);
        Assert.Contains("Hocalı", first.Text, StringComparison.Ordinal);
        Assert.Contains("<mark>Hocalı", first.Snippet, StringComparison.Ordinal);
        // The snippet shows where the passage speaks of the massacre, not its first mention of Hocalı in a list.
        Assert.Contains("<mark>katliama</mark>", first.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Passages_in_the_query_language_come_before_the_other_language()
    {
        var result = Search("Karabakh");

        var languages = result.Hits.Select(h => h.Language).ToList();
        Assert.Contains("tr", languages);
        Assert.Equal(languages.OrderBy(l => l == "en" ? 0 : 1), languages);
    }

    [Fact]
    public void A_spelling_of_a_name_finds_the_other_spelling()
    {
        var result = Search("Gorbachev'in istifası");

        Assert.Contains("Gorbaçov’un istifasının", result.Hits[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_language_s_words_are_marked_in_the_hit_from_the_index_s_offsets()
    {
        var hit = Search("tobacco factory in Baku").Hits[0];

        Assert.Contains("<mark>tütün</mark> <mark>fabrikasının</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains(hit.Kwic, line => line.Match == "Bakü’de");
    }

    [Fact]
    public void An_English_stop_word_does_not_find_Turkish_words_through_its_stem()
    {
        // "in" is no Turkish stop word, and Snowball stems "insan" (person) to "in".
        var result = Search("tobacco factory in Baku");

        Assert.DoesNotContain(result.Hits, h => h.Snippet.Contains("<mark>insan</mark>", StringComparison.Ordinal));
    }
}
