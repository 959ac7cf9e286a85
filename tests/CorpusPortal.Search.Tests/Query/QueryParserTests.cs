using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Query;

namespace CorpusPortal.Search.Tests.Query;

/// <summary>The query language, as tables: what a query means, and what malformed input gets.</summary>
public sealed class QueryParserTests
{
    /// <summary>A compact, readable form of a parsed query.</summary>
    private static string Show(QueryNode? node) => node switch
    {
        WordNode w => w.Text,
        PhraseNode p => $"\"{p.Text}\"",
        PrefixNode p => p.Prefix + "*",
        ArchivalUnitNode u => $"unit({u.Unit})",
        AndNode a => "AND(" + string.Join(", ", a.Children.Select(Show)) + ")",
        RankedNode r => "RANKED(" + string.Join(", ", r.Children.Select(Show)) + ")",
        RequiredNode r => "+" + Show(r.Child),
        OrNode o => "OR(" + string.Join(", ", o.Children.Select(Show)) + ")",
        NotNode n => "NOT(" + Show(n.Child) + ")",
        _ => "",
    };

    [Theory]
    [InlineData("köprü", "köprü")]
    [InlineData("Karabağ savaşı", "RANKED(Karabağ, savaşı)")]
    [InlineData("Karabağ AND savaşı", "AND(Karabağ, savaşı)")]
    [InlineData("+Karabağ +savaşı", "AND(Karabağ, savaşı)")]
    [InlineData("+Karabağ savaşı", "RANKED(+Karabağ, savaşı)")]
    [InlineData("Azerbaycan Karabağ AND savaşı", "RANKED(Azerbaycan, +Karabağ, +savaşı)")]
    [InlineData("\"Bir Millet\" Aliyev", "RANKED(\"Bir Millet\", Aliyev)")]
    [InlineData("\"Bir Millet\" \"İki Devlet\"", "AND(\"Bir Millet\", \"İki Devlet\")")]
    [InlineData("C++ dili", "RANKED(C++, dili)")]
    [InlineData("Azerbaycan OR Gürcistan", "OR(Azerbaycan, Gürcistan)")]
    [InlineData("enerji boru OR hattı", "OR(RANKED(enerji, boru), hattı)")]
    [InlineData("enerji (boru OR hattı)", "RANKED(enerji, OR(boru, hattı))")]
    [InlineData("Azerbaycan -Ermenistan", "AND(Azerbaycan, NOT(Ermenistan))")]
    [InlineData("Azerbaycan NOT Ermenistan", "AND(Azerbaycan, NOT(Ermenistan))")]
    [InlineData("Azerbaycan NOT -Ermenistan", "RANKED(Azerbaycan, Ermenistan)")]
    [InlineData("\"Bir Millet İki Devlet\"", "\"Bir Millet İki Devlet\"")]
    [InlineData("köp*", "köp*")]
    [InlineData("Azerbaycan-Türkiye", "Azerbaycan-Türkiye")]
    [InlineData("30-18-1-2/681-182-10", "unit(30-18-1-2/681-182-10)")]
    [InlineData("BCA 30.18.1.2/681.182.10", "unit(30-18-1-2/681-182-10)")]
    [InlineData("BOA, DH.MKT, Dosya: 12, Gömlek: 5", "unit(DH.MKT/12/5)")]
    [InlineData("FO 371/12345 Kars", "RANKED(unit(FO 371/12345), Kars)")]
    [InlineData("30-18-1-2/ 676-160-5", "unit(30-18-1-2/676-160-5)")]
    [InlineData("671-77-3", "unit(671-77-3)")]
    public void Reads_the_query_language(string query, string meaning)
    {
        var parsed = QueryParser.Parse(query);

        Assert.Null(parsed.Error);
        Assert.Equal(meaning, Show(parsed.Root));
    }

    [Theory]
    [InlineData("Azerbaycan lang:tr", "tr", null, null, null, null)]
    [InlineData("Azerbaycan doc:001_4fca9fe008e145b8 section:footnote", null, "001_4fca9fe008e145b8", "footnote", null, null)]
    [InlineData("Azerbaycan year:1990..1995", null, null, null, 1990, 1995)]
    [InlineData("Azerbaycan year:1991", null, null, null, 1991, 1991)]
    [InlineData("Azerbaycan year:..1995", null, null, null, null, 1995)]
    public void Reads_filters(string query, string? language, string? document, string? section, int? from, int? to)
    {
        var parsed = QueryParser.Parse(query);

        Assert.Null(parsed.Error);
        Assert.Equal(new QueryFilters { Language = language, Document = document, Section = section, YearFrom = from, YearTo = to }, parsed.Filters);
        Assert.Equal("Azerbaycan", Show(parsed.Root));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("lang:xx Azerbaycan", "lang:xx")]
    [InlineData("section:preface Azerbaycan", "section:preface")]
    [InlineData("year:1990..abc Azerbaycan", "year:1990..abc")]
    [InlineData("year:1995..1990 Azerbaycan", "year:1995..1990")]
    [InlineData("doc:../etc/passwd Azerbaycan", "doc:")]
    [InlineData("lang:tr", "only filters")]
    [InlineData("-Azerbaycan", "only excludes")]
    [InlineData("NOT Azerbaycan", "only excludes")]
    [InlineData("Azerbaycan OR -Ermenistan", "only excludes")]
    [InlineData("()", "nothing to look for")]
    public void Malformed_queries_get_a_clear_error(string query, string expected)
    {
        var parsed = QueryParser.Parse(query);

        Assert.False(parsed.IsValid);
        Assert.Contains(expected, parsed.Error?.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Bir Millet", "\"Bir Millet\"", "quotation mark")]
    [InlineData("(enerji OR boru", "OR(enerji, boru)", "parenthesis was not closed")]
    [InlineData("enerji) boru", "AND(enerji, boru)", "closing parenthesis")]
    [InlineData("OR enerji", "enerji", "OR had nothing")]
    [InlineData("enerji OR", "enerji", "OR had nothing")]
    [InlineData("enerji NOT", "enerji", "NOT (or -) had nothing")]
    [InlineData("enerji - boru", "RANKED(enerji, -, boru)", null)]
    [InlineData("k*", "k", "at least two letters")]
    [InlineData("foo:bar", "foo:bar", "not a filter")]
    [InlineData("enerji -lang:tr", "enerji", "filters cannot be excluded")]
    public void Other_malformed_input_gets_a_documented_best_effort_reading(string query, string meaning, string? notice)
    {
        var parsed = QueryParser.Parse(query);

        Assert.True(parsed.IsValid, parsed.Error?.Text);
        Assert.Equal(meaning, Show(parsed.Root));
        if (notice is not null)
        {
            Assert.Contains(parsed.Notices, n => n.Text.Contains(notice, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_ten_thousand_character_query_is_refused_with_its_length()
    {
        var parsed = QueryParser.Parse(new string('ş', 10_000));

        Assert.Contains("10,000 characters", parsed.Error?.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\" OR 1=1 --")]
    [InlineData("NEAR(a b) ^title : x {stem} * \"\"")]
    [InlineData("'; DROP TABLE passages; --")]
    [InlineData("a\"b\"c\"")]
    [InlineData("))))((((")]
    [InlineData("*** --- ::: \"\"\"")]
    public void Query_syntax_in_a_query_is_only_ever_words(string query)
    {
        var parsed = QueryParser.Parse(query);
        if (!parsed.IsValid)
        {
            return;
        }

        var compiled = new CorpusPortal.Search.Engine.LuceneQuery(new TextAnalyzer()).Build(parsed.Root!);

        // Every term the query looks for is an analysed word: letters, digits and the joiners . , ' only.
        Assert.All(Terms(compiled), term => Assert.Matches(@"^[\p{L}\p{M}\p{N}.,'·/-]+$", term));
    }

    /// <summary>The text of every term in a compiled query, whatever kind of query holds it.</summary>
    private static IEnumerable<string> Terms(Lucene.Net.Search.Query? query) => query switch
    {
        Lucene.Net.Search.BooleanQuery boolean => boolean.Clauses.SelectMany(c => Terms(c.Query)),
        Lucene.Net.Search.DisjunctionMaxQuery forms => forms.Disjuncts.SelectMany(Terms),
        Lucene.Net.Search.TermQuery term => [term.Term.Text],
        Lucene.Net.Search.PhraseQuery phrase => phrase.GetTerms().Select(t => t.Text),
        Lucene.Net.Search.PrefixQuery prefix => [prefix.Prefix.Text],
        Lucene.Net.Search.MatchAllDocsQuery => [],
        null => [],
        _ => throw new InvalidOperationException($"unexpected query {query.GetType().Name}"),
    };
}
