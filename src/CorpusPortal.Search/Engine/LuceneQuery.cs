using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Analysis.Components;
using CorpusPortal.Search.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQueryBase = Lucene.Net.Search.Query;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Compiles a parsed query (docs/search-syntax.md) into a Lucene query over the passage fields. A word is analysed
/// both the Turkish and the English way and matches any of its forms in the fields of that chain: exact (boost 10),
/// stem (4), folded (1.5). A phrase keeps the positions of its words (a stop word leaves its gap, as in the index).
/// A prefix is lowercased the Turkish and the English way, never by the query parser's culture. Only analysed
/// words go into the query: nothing typed is ever read as syntax.
/// </summary>
public sealed class LuceneQuery(TextAnalyzer analyzer)
{
    private const float ExactBoost = 10f;
    private const float StemBoost = 4f;
    private const float FoldedBoost = 1.5f;
    private const float UnitBoost = 10f;
    private static readonly string Vowels = "aeıioöuü";

    /// <summary>Every form the query looks for (highlighting marks the same words).</summary>
    public TermForms Forms { get; } = new();

    public List<string> Notices { get; } = [];

    /// <summary>The query, or null when nothing searchable is left (only stop words).</summary>
    public LuceneQueryBase? Build(QueryNode node) => node switch
    {
        WordNode word => Word(word.Text),
        PhraseNode phrase => Phrase(phrase.Text),
        PrefixNode prefix => Prefix(prefix.Prefix),
        ArchivalUnitNode unit => Unit(unit.Unit),
        OrNode or => Any(or.Children.Select(Build).OfType<LuceneQueryBase>().ToList()),
        AndNode and => And(and),
        NotNode not => Build(not.Child) is { } inner ? Excluding(new MatchAllDocsQuery(), [inner]) : null,
        _ => null,
    };

    /// <summary>Filters as a query that does not score (language, document, section kind, years).</summary>
    public static Filter? FilterOf(QueryFilters filters)
    {
        if (filters.IsEmpty)
        {
            return null;
        }
        var all = new BooleanQuery();
        if (filters.Language is { } language)
        {
            all.Add(new TermQuery(new Term(PassageFields.Language, language)), Occur.MUST);
        }
        if (filters.Document is { } document)
        {
            all.Add(new TermQuery(new Term(PassageFields.Document, document)), Occur.MUST);
        }
        if (filters.Section is { } section)
        {
            all.Add(new TermQuery(new Term(PassageFields.Kind, section)), Occur.MUST);
        }
        if (filters.YearFrom is not null || filters.YearTo is not null)
        {
            all.Add(NumericRangeQuery.NewInt32Range(PassageFields.Year, filters.YearFrom, filters.YearTo, true, true), Occur.MUST);
        }
        return new QueryWrapperFilter(all);
    }

    private LuceneQueryBase? And(AndNode and)
    {
        var positive = and.Children.Where(c => c is not NotNode).Select(Build).OfType<LuceneQueryBase>().ToList();
        var negative = and.Children.OfType<NotNode>().Select(n => Build(n.Child)).OfType<LuceneQueryBase>().ToList();
        if (positive.Count == 0)
        {
            return null;
        }
        var all = new BooleanQuery();
        foreach (var clause in positive)
        {
            all.Add(clause, Occur.MUST);
        }
        return negative.Count == 0 ? (positive.Count == 1 ? positive[0] : all) : Excluding(all, negative);
    }

    private static BooleanQuery Excluding(LuceneQueryBase positive, IEnumerable<LuceneQueryBase> negative)
    {
        var query = new BooleanQuery { { positive, Occur.MUST } };
        foreach (var clause in negative)
        {
            query.Add(clause, Occur.MUST_NOT);
        }
        return query;
    }

    private static LuceneQueryBase? Any(List<LuceneQueryBase> clauses)
    {
        if (clauses.Count <= 1)
        {
            return clauses.FirstOrDefault();
        }
        var any = new BooleanQuery();
        foreach (var clause in clauses)
        {
            any.Add(clause, Occur.SHOULD);
        }
        return any;
    }

    private LuceneQueryBase? Word(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        if (tokens.Count > 1)
        {
            return Phrase(text);
        }
        if (tokens.Count == 0)
        {
            Notices.Add($"'{text}' has no letters or digits; it was ignored");
            return null;
        }
        var word = tokens[0].Text;
        var clauses = new List<LuceneQueryBase>();
        foreach (var turkish in new[] { true, false })
        {
            if (analyzer.AnalyzeWord(word, turkish) is not { } form)
            {
                continue;
            }
            var chain = turkish ? "tr" : "en";
            Add(clauses, Term(chain, FieldForm.Exact, form.Exact, ExactBoost), Forms.Exact, form.Exact);
            Add(clauses, Term(chain, FieldForm.Stem, form.Stem, StemBoost), Forms.Stems, form.Stem);
            Add(clauses, Term(chain, FieldForm.Folded, form.Folded, FoldedBoost), Forms.Folded, form.Folded);
            // Snowball keeps the s of a third-person -sI after a vowel (köprüsü → köprüs): look for it too.
            if (turkish && form.Stem.Length > 1 && Vowels.Contains(form.Stem[^1], StringComparison.Ordinal))
            {
                Add(clauses, Term(chain, FieldForm.Stem, form.Stem + "s", StemBoost), Forms.Stems, form.Stem + "s");
            }
        }
        if (clauses.Count == 0)
        {
            Notices.Add($"'{word}' is a stop word; it was ignored");
            return null;
        }
        return Any(clauses);
    }

    private LuceneQueryBase? Phrase(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        var alternatives = new List<LuceneQueryBase>();
        foreach (var turkish in new[] { true, false })
        {
            var analysed = tokens.Select((t, position) => (Form: analyzer.AnalyzeWord(t.Text, turkish), Position: position))
                .Where(a => a.Form is not null).Select(a => (Form: a.Form!.Value, a.Position)).ToList();
            if (analysed.Count == 0)
            {
                continue;
            }
            var chain = turkish ? "tr" : "en";
            foreach (var (form, _) in analysed)
            {
                Forms.Exact.Add(form.Exact);
                Forms.Stems.Add(form.Stem);
                Forms.Folded.Add(form.Folded);
            }
            alternatives.Add(PhraseOf(chain, FieldForm.Exact, analysed.Select(a => (a.Form.Exact, a.Position)), ExactBoost));
            alternatives.Add(PhraseOf(chain, FieldForm.Stem, analysed.Select(a => (a.Form.Stem, a.Position)), StemBoost));
            alternatives.Add(PhraseOf(chain, FieldForm.Folded, analysed.Select(a => (a.Form.Folded, a.Position)), FoldedBoost));
        }
        if (alternatives.Count == 0)
        {
            Notices.Add($"\"{text}\" has only stop words; it was ignored");
            return null;
        }
        return Any(alternatives);
    }

    private LuceneQueryBase? Prefix(string prefix)
    {
        var word = WordTokenizer.Tokenize(prefix).FirstOrDefault().Text;
        if (string.IsNullOrEmpty(word))
        {
            return null;
        }
        var clauses = new List<LuceneQueryBase>();
        foreach (var (chain, lower) in new[] { ("tr", TurkishCasing.ToLowerTurkish(Apostrophes.CutTurkish(word))), ("en", TurkishCasing.ToLowerEnglish(word)) })
        {
            Forms.Prefixes.Add(lower);
            clauses.Add(new PrefixQuery(new Term(PassageFields.TextField(chain, FieldForm.Exact), lower)) { Boost = ExactBoost });
            var folded = Folding.Fold(lower);
            Forms.FoldedPrefixes.Add(folded);
            clauses.Add(new PrefixQuery(new Term(PassageFields.TextField(chain, FieldForm.Folded), folded)) { Boost = FoldedBoost });
        }
        return Any(clauses);
    }

    private TermQuery Unit(string unit)
    {
        Forms.Units.Add(unit);
        return new TermQuery(new Term(PassageFields.Unit, unit)) { Boost = UnitBoost };
    }

    private static TermQuery Term(string chain, FieldForm form, string value, float boost) =>
        new(new Term(PassageFields.TextField(chain, form), value)) { Boost = boost };

    private static PhraseQuery PhraseOf(string chain, FieldForm form, IEnumerable<(string Word, int Position)> words, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        var field = PassageFields.TextField(chain, form);
        foreach (var (word, position) in words)
        {
            phrase.Add(new Term(field, word), position);
        }
        return phrase;
    }

    private static void Add(List<LuceneQueryBase> clauses, TermQuery query, HashSet<string> forms, string value)
    {
        forms.Add(value);
        if (!clauses.OfType<TermQuery>().Any(c => c.Term.Equals(query.Term)))
        {
            clauses.Add(query);
        }
    }
}
