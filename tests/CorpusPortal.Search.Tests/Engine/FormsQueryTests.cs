using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Tests.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQueryBase = Lucene.Net.Search.Query;

namespace CorpusPortal.Search.Tests.Engine;

/// <summary>A word's forms: matched side by side, scored as Lucene's <see cref="DisjunctionMaxQuery"/> scores them.</summary>
public sealed class FormsQueryTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private static readonly Term[] Köprü =
        [new("tr.exact", "köprü"), new("tr.folded", "kopru"), new("tr.stem", "köprü"), new("tr.stem", "köprüs"), new("en.stem", "bridg")];

    private static readonly Term[] Petrol = [new("tr.exact", "petrol"), new("tr.stem", "petrol"), new("en.stem", "oil"), new("en.stem", "nowher")];

    private static readonly Term[] Nahçıvan = [new("tr.stem", "nahçıvan"), new("tr.folded", "nahcivan"), new("en.stem", "nakhchivan")];

    private static List<LuceneQueryBase> Forms(Term[] terms) =>
        terms.Select((t, i) => (LuceneQueryBase)new TermQuery(t) { Boost = 1 + i }).ToList();

    private List<(int Doc, float Score)> Top(LuceneQueryBase query, int count = 50) =>
        seeds.Index.Read(searcher => searcher.Search(query, count).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList());

    [Fact]
    public void A_word_s_forms_find_and_score_the_passages_DisjunctionMaxQuery_does()
    {
        var ours = Top(new FormsQuery(Forms(Köprü), 0.1f));
        var lucene = Top(new DisjunctionMaxQuery(Forms(Köprü), 0.1f));

        Assert.NotEmpty(ours);
        Assert.Equal(lucene, ours);
    }

    [Fact]
    public void Forms_inside_forms_and_forms_that_match_nothing_change_nothing()
    {
        var ours = Top(new FormsQuery([new FormsQuery(Forms(Köprü), 0.1f), .. Forms(Petrol)], 0.3f));
        var lucene = Top(new DisjunctionMaxQuery([new DisjunctionMaxQuery(Forms(Köprü), 0.1f), .. Forms(Petrol)], 0.3f));

        Assert.Equal(lucene, ours);
    }

    [Fact]
    public void Two_words_required_together_skip_to_the_passages_that_have_both()
    {
        // A conjunction moves each word to the other's next passage (Advance), not one passage at a time.
        static BooleanQuery Both(LuceneQueryBase first, LuceneQueryBase second) => new() { { first, Occur.MUST }, { second, Occur.MUST } };

        var ours = Top(Both(new FormsQuery(Forms(Köprü), 0.1f), new FormsQuery(Forms(Nahçıvan), 0.1f)));
        var lucene = Top(Both(new DisjunctionMaxQuery(Forms(Köprü), 0.1f), new DisjunctionMaxQuery(Forms(Nahçıvan), 0.1f)));

        Assert.NotEmpty(ours);
        Assert.Equal(lucene, ours);
    }

    [Fact]
    public void Forms_none_of_which_the_index_holds_find_nothing()
    {
        var ours = Top(new FormsQuery([new TermQuery(new Term("tr.exact", "yokyok")), new TermQuery(new Term("en.stem", "nowher"))], 0.1f));

        Assert.Empty(ours);
    }
}
