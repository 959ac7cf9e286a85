using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Query;
using CorpusPortal.Search.Tests.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQueryBase = Lucene.Net.Search.Query;

namespace CorpusPortal.Search.Tests.Engine;

/// <summary>What a word is compiled to against the seed index: no form or phrase that adds no passage.</summary>
public sealed class CompiledWordTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private LuceneQueryBase Compile(string query, out LuceneQuery compiler)
    {
        var analyzer = new TextAnalyzer(SeedIndex.ProtectedWords);
        LuceneQuery? built = null;
        var compiled = seeds.Index.Read(searcher =>
        {
            built = new LuceneQuery(analyzer, new Vocabulary(searcher.IndexReader, analyzer), seeds.Glossary);
            return built.Build(QueryParser.Parse(query).Root!)!;
        });
        compiler = built!;
        return compiled;
    }

    private static List<string> Looked(LuceneQueryBase query) => query switch
    {
        TermQuery term => [term.Term.ToString()],
        DisjunctionMaxQuery forms => forms.Disjuncts.SelectMany(Looked).ToList(),
        MultiPhraseQuery phrase => [$"\"{string.Join(' ', phrase.GetTermArrays().Select(p => string.Join('|', p.Select(t => t.ToString()))))}\""],
        ConstantScoreQuery constant => Looked(constant.Query),
        _ => [query.ToString()],
    };

    [Fact]
    public void A_name_s_stem_and_folded_form_in_the_same_passages_as_its_exact_form_are_not_looked_up_again_but_still_marked()
    {
        var query = Compile("Türkiye", out var compiler);

        var looked = Looked(query);
        Assert.Contains("tr.exact:türkiye", looked);
        Assert.DoesNotContain("tr.stem:türkiye", looked);
        Assert.DoesNotContain("tr.folded:turkiye", looked);
        Assert.Contains(new Term("tr.stem", "türkiye"), compiler.AlsoMarked);
    }

    [Fact]
    public void A_glossary_phrase_inside_a_one_word_alternative_s_passages_is_left_out_but_the_alternative_is_kept()
    {
        var looked = Looked(Compile("Türkiye", out _));

        // Republic of Turkey only finds passages Turkey finds.
        Assert.Contains("en.stem:turkey", looked);
        Assert.DoesNotContain(looked, l => l.Contains("en.stem:republ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_glossary_spelling_among_the_word_s_own_stems_is_looked_up_once()
    {
        var looked = Looked(Compile("Nahcivan", out _));

        // Nahçıvan is both a corpus form of the ascii word and the glossary's spelling of it; Nakhchivan is only the glossary's.
        Assert.Single(looked, l => l == "tr.stem:nahçıvan");
        Assert.Contains("en.stem:nakhchivan", looked);
    }

    [Fact]
    public void A_glossary_phrase_with_other_words_is_kept()
    {
        var looked = Looked(Compile("peacekeepers", out _));

        // barış gücü: no word of it is peacekeepers.
        Assert.Contains(looked, l => l.StartsWith('"') && l.Contains("tr.stem:barış", StringComparison.Ordinal));
    }
}
