using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Analysis.Components;
using CorpusPortal.Search.Glossary;
using CorpusPortal.Search.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQueryBase = Lucene.Net.Search.Query;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// The glossary's expressions a query brings in: the entries found in each run of words side by side (and in single
/// words), each other expression of an entry as a query over the stems of its language, attached to every word the
/// match covers. Another spelling in the same language weighs as a stem does; the other language's expression least,
/// so those passages come after. The stems found are added to the query's forms (marking the hits).
/// </summary>
internal sealed class GlossaryAlternatives(TermGlossary glossary, TextAnalyzer analyzer, Vocabulary? vocabulary, TermForms forms)
{
    /// <summary>Another spelling of a name in the same language (Haydar, Heydar) counts as a stem does.</summary>
    private const float VariantBoost = 4f;

    /// <summary>The other language's expression (Karabakh for Karabağ) counts least: those passages come after.</summary>
    private const float OtherLanguageBoost = 1f;

    private readonly Dictionary<WordNode, List<LuceneQueryBase>> _alternatives = new(ReferenceEqualityComparer.Instance);

    /// <summary>The alternatives of each word of <paramref name="root"/> (by reference: the same word may be typed twice).</summary>
    public Dictionary<WordNode, List<LuceneQueryBase>> Find(QueryNode root)
    {
        Visit(root);
        return _alternatives;
    }

    private void Visit(QueryNode node)
    {
        switch (node)
        {
            case WordNode word:
                Lookup([word]);
                break;
            case AndNode and:
                Runs(and.Children);
                break;
            case RankedNode ranked:
                Runs(ranked.Children);
                break;
            case OrNode or:
                foreach (var child in or.Children)
                {
                    Visit(child);
                }
                break;
            case RequiredNode required:
                Visit(required.Child);
                break;
        }
    }

    /// <summary>Runs of one-word words are looked up together (an expression may span them); anything else breaks a run.</summary>
    private void Runs(IEnumerable<QueryNode> children)
    {
        var run = new List<WordNode>();
        foreach (var child in children)
        {
            if ((child as WordNode ?? (child as RequiredNode)?.Child as WordNode) is { } word && WordTokenizer.Tokenize(word.Text).Count == 1)
            {
                run.Add(word);
                continue;
            }
            Lookup(run);
            run = [];
            Visit(child);
        }
        Lookup(run);
    }

    private void Lookup(List<WordNode> words)
    {
        if (words.Count == 0)
        {
            return;
        }
        foreach (var match in glossary.Find(words.Select(w => w.Text).ToList(), analyzer))
        {
            var expressions = match.Alternatives
                .Select(a => Expression(a, a.Language == match.Expression.Language ? VariantBoost : OtherLanguageBoost)).OfType<LuceneQueryBase>().ToList();
            if (expressions.Count == 0)
            {
                continue;
            }
            var alternatives = LuceneQuery.BestOf(expressions);
            for (var i = match.Start; i < match.Start + match.Length; i++)
            {
                if (!_alternatives.TryGetValue(words[i], out var list))
                {
                    _alternatives[words[i]] = list = [];
                }
                list.Add(alternatives);
            }
        }
    }

    /// <summary>
    /// The alternatives of a word without those that add no passage to what <paramref name="word"/> (whose
    /// <paramref name="sameAsWord"/> terms are in the same passages) finds: its own stems again (the glossary's other
    /// spelling <c>Nahçivan</c> is among the stems of the ascii <c>Nahcivan</c>), and phrases that can only be where the
    /// word or a one-word alternative is (<c>Türkiye Cumhuriyeti</c> for <c>Türkiye</c>, <c>Republic of Turkey</c>
    /// beside <c>Turkey</c>). A phrase is walked position by position in every passage of its words, the dearest part
    /// of a search; every postings list opened costs a term-dictionary seek.
    /// </summary>
    public static List<LuceneQueryBase> WithoutRedundant(LuceneQueryBase word, IEnumerable<Term> sameAsWord, List<LuceneQueryBase> alternatives)
    {
        var own = new HashSet<Term>(QueryParts.Split(word).Terms.Concat(sameAsWord));
        var single = new HashSet<Term>(own);
        foreach (var (terms, others) in alternatives.SelectMany(Disjuncts).Select(QueryParts.Split))
        {
            if (others.Count == 0)
            {
                single.UnionWith(terms);
            }
        }
        bool Redundant(LuceneQueryBase query)
        {
            if (query is MultiPhraseQuery phrase)
            {
                return phrase.GetTermArrays().Any(position => position.All(single.Contains));
            }
            var (terms, others) = QueryParts.Split(query);
            return others.Count == 0 && terms.All(own.Contains);
        }
        var kept = new List<LuceneQueryBase>();
        foreach (var alternative in alternatives)
        {
            var disjuncts = Disjuncts(alternative).Where(d => !Redundant(d)).ToList();
            if (disjuncts.Count > 0)
            {
                kept.Add(disjuncts.Count == Disjuncts(alternative).Count ? alternative : LuceneQuery.BestOf(disjuncts));
            }
        }
        return kept;
    }

    private static List<LuceneQueryBase> Disjuncts(LuceneQueryBase query) =>
        query is FormsQuery forms ? [.. forms.Disjuncts] : [query];

    /// <summary>
    /// A glossary expression as a query over the stems of its language: a term, or a phrase whose each position takes
    /// the word's stems in every form the corpus has (<c>açılış töreni</c> also finds <c>açılış töreninde</c>).
    /// </summary>
    private LuceneQueryBase? Expression(GlossaryExpression expression, float boost)
    {
        var turkish = TextAnalyzer.IsTurkish(expression.Language);
        var field = PassageFields.TextField(turkish ? "tr" : "en", FieldForm.Stem);
        var words = TermGlossary.WordsOf(analyzer, expression.Text, expression.Language);
        // With the index at hand, stems it does not hold are left out, and an expression with a word it lacks altogether.
        var stems = words.Select(w => StemsOf(w.Word, turkish).Select(stem => new Term(field, stem))
            .Where(term => vocabulary is null || vocabulary.DocumentFrequency(term) > 0).ToArray()).ToList();
        if (words.Count == 0 || stems.Exists(s => s.Length == 0))
        {
            return null;
        }
        if (words.Count == 1)
        {
            return LuceneQuery.BestOf(stems[0].Select(term => (LuceneQueryBase)new TermQuery(term) { Boost = boost }).ToList());
        }
        var phrase = new MultiPhraseQuery { Boost = boost };
        for (var i = 0; i < words.Count; i++)
        {
            phrase.Add(stems[i], words[i].Position);
        }
        return phrase;
    }

    /// <summary>The stems a word is looked for by: its own, and those of the corpus's forms it may be typed for.</summary>
    private List<string> StemsOf(AnalyzedToken word, bool turkish)
    {
        var stems = new List<string> { word.Stem };
        if (turkish && vocabulary is not null)
        {
            stems.AddRange(vocabulary.StemsFor(word.Folded).Where(s => s != word.Stem));
        }
        forms.Stems.UnionWith(stems);
        return stems;
    }
}
