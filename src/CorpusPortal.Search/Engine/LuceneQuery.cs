using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Analysis.Components;
using CorpusPortal.Search.Glossary;
using CorpusPortal.Search.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQueryBase = Lucene.Net.Search.Query;
using CorpusPortal.Text;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Compiles a parsed query (docs/search-syntax.md) into a Lucene query over the passage fields. A word is analysed
/// both the Turkish and the English way and matches any of its forms in the fields of that chain: exact (boost 10),
/// stem (4), folded (1.5); in the Turkish chain also the stems of the index's words it may be typed for
/// (<see cref="Vocabulary"/>: ascii letters, another inflection), and the glossary's other expressions
/// (<see cref="GlossaryAlternatives"/>). Words side by side rank by how many of them a passage has
/// (<see cref="RankingSimilarity"/>). A phrase keeps the positions of its words (a stop word leaves its gap, as in
/// the index).
/// A prefix is lowercased the Turkish and the English way, never by the query parser's culture. Only analysed
/// words go into the query: nothing typed is ever read as syntax.
/// </summary>
public sealed class LuceneQuery(TextAnalyzer analyzer, Vocabulary? vocabulary = null, TermGlossary? glossary = null)
{
    private const float ExactBoost = 10f;
    private const float StemBoost = 4f;
    private const float FoldedBoost = 1.5f;
    private const float UnitBoost = 10f;
    private const float FormsTieBreaker = 0.1f;

    /// <summary>
    /// A Turkish stem this long also finds the words that share all but its last two letters (at least five), with a
    /// small constant score: the word counts as present (for ranking by how many words a passage has), barely more.
    /// </summary>
    private const int DerivedMinStem = 7;

    private const float DerivedBoost = 0.5f;
    private const int DerivedMaxWords = 16;

    /// <summary>The glossary's expressions each word of the query brings in (found once, before the first word is compiled).</summary>
    private IReadOnlyDictionary<WordNode, List<LuceneQueryBase>>? _alternatives;
    private static readonly string Vowels = "aeıioöuü";

    /// <summary>Every form the query looks for (highlighting marks the same words).</summary>
    public TermForms Forms { get; } = new();

    public List<QueryNote> Notices { get; } = [];

    /// <summary>Terms the query does not look up but whose words are marked in its hits (forms that add no passage).</summary>
    public HashSet<Term> AlsoMarked { get; } = [];

    /// <summary>The query, or null when nothing searchable is left (only stop words).</summary>
    public LuceneQueryBase? Build(QueryNode node)
    {
        _alternatives ??= glossary is { Count: > 0 }
            ? new GlossaryAlternatives(glossary, analyzer, vocabulary, Forms).Find(node)
            : new Dictionary<WordNode, List<LuceneQueryBase>>();
        return Compile(node);
    }

    private LuceneQueryBase? Compile(QueryNode node) => node switch
    {
        WordNode word => Word(word),
        PhraseNode phrase => Phrase(phrase.Text),
        PrefixNode prefix => Prefix(prefix.Prefix),
        ArchivalUnitNode unit => Unit(unit.Unit),
        OrNode or => Any(or.Children.Select(Compile).OfType<LuceneQueryBase>().ToList()),
        AndNode and => And(and),
        RankedNode ranked => Ranked(ranked),
        RequiredNode required => Compile(required.Child),
        NotNode not => Compile(not.Child) is { } inner ? Excluding(new MatchAllDocsQuery(), [inner]) : null,
        EverythingNode => new MatchAllDocsQuery(),
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
        foreach (var (field, words) in (ReadOnlySpan<(string, IReadOnlyList<string>)>)[(PassageFields.AuthorWords, filters.Authors), (PassageFields.TitleWords, filters.Titles), (PassageFields.KeywordWords, filters.Keywords)])
        {
            foreach (var word in words)
            {
                all.Add(new PrefixQuery(new Term(field, word)), Occur.MUST);
            }
        }
        return new QueryWrapperFilter(all);
    }

    /// <summary>
    /// Words side by side: each optional part is a SHOULD clause of a query that keeps Lucene's coordination factor, so
    /// that <see cref="RankingSimilarity"/> ranks passages by how many of the parts they have before their BM25 score.
    /// </summary>
    private LuceneQueryBase? Ranked(RankedNode ranked)
    {
        var query = new BooleanQuery(disableCoord: false);
        foreach (var child in ranked.Children)
        {
            var (inner, occur) = child switch
            {
                NotNode not => (not.Child, Occur.MUST_NOT),
                _ when QueryParser.Requires(child) => (child, Occur.MUST),
                _ => (child, Occur.SHOULD),
            };
            if (Compile(inner) is { } clause)
            {
                query.Add(clause, occur);
            }
        }
        if (query.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            return null;
        }
        return query.Clauses.Count == 1 ? query.Clauses[0].Query : query;
    }

    /// <summary>
    /// For words side by side that are all optional (the common query): the same words all required, and a query that
    /// matches the passages with any of them without scoring them. The passages with all the words rank first
    /// (<see cref="RankingSimilarity"/>), with the scores they have in the whole query; so when there are enough of
    /// them, the first page is theirs, and the other passages need only be counted. Null for any other query.
    /// </summary>
    public static (LuceneQueryBase AllWords, LuceneQueryBase AnyWord)? SideBySide(LuceneQueryBase query)
    {
        if (query is not BooleanQuery { CoordDisabled: false } ranked || ranked.Clauses.Count < 2
            || ranked.Clauses.Any(c => c.Occur != Occur.SHOULD))
        {
            return null;
        }
        var all = new BooleanQuery(disableCoord: false) { Boost = ranked.Boost };
        foreach (var clause in ranked.Clauses)
        {
            all.Add(clause.Query, Occur.MUST);
        }
        // The words' forms walked side by side; a collector that never asks for a score never computes one.
        return (all, new FormsQuery(ranked.Clauses.Select(c => c.Query).ToList(), 0f));
    }

    private LuceneQueryBase? And(AndNode and)
    {
        var positive = and.Children.Where(c => c is not NotNode).Select(Compile).OfType<LuceneQueryBase>().ToList();
        var negative = and.Children.OfType<NotNode>().Select(n => Compile(n.Child)).OfType<LuceneQueryBase>().ToList();
        if (positive.Count == 0)
        {
            return null;
        }
        var all = new BooleanQuery(disableCoord: true);
        foreach (var clause in positive)
        {
            all.Add(clause, Occur.MUST);
        }
        return negative.Count == 0 ? (positive.Count == 1 ? positive[0] : all) : Excluding(all, negative);
    }

    private static BooleanQuery Excluding(LuceneQueryBase positive, IEnumerable<LuceneQueryBase> negative)
    {
        var query = new BooleanQuery(disableCoord: true) { { positive, Occur.MUST } };
        foreach (var clause in negative)
        {
            query.Add(clause, Occur.MUST_NOT);
        }
        return query;
    }

    /// <summary>
    /// The forms of one word: it scores as its best form (exact above stem above folded), with a little of the others,
    /// so that a word found in many forms does not outweigh one found exactly.
    /// </summary>
    internal static LuceneQueryBase BestOf(List<LuceneQueryBase> forms) =>
        forms.Count == 1 ? forms[0] : new FormsQuery(forms, FormsTieBreaker);

    private static LuceneQueryBase? Any(List<LuceneQueryBase> clauses)
    {
        if (clauses.Count <= 1)
        {
            return clauses.FirstOrDefault();
        }
        var any = new BooleanQuery(disableCoord: true);
        foreach (var clause in clauses)
        {
            any.Add(clause, Occur.SHOULD);
        }
        return any;
    }

    private LuceneQueryBase? Word(WordNode node)
    {
        var text = node.Text;
        var tokens = WordTokenizer.Tokenize(text);
        if (tokens.Count > 1)
        {
            return Phrase(text);
        }
        if (tokens.Count == 0)
        {
            Notices.Add(QueryNote.Of("no-letters", $"'{text}' has no letters or digits; it was ignored", text));
            return null;
        }
        var word = tokens[0].Text;
        var forms = new List<(Term Term, float Boost)>();
        void Add(string chain, FieldForm field, string value, float boost, HashSet<string> collected)
        {
            collected.Add(value);
            var term = new Term(PassageFields.TextField(chain, field), value);
            if (!forms.Exists(f => f.Term.Equals(term)))
            {
                forms.Add((term, boost));
            }
        }
        var analysed = false;
        // The word's own stem and folded form are in every passage its exact form is in.
        var covering = new List<(Term Exact, Term Other)>();
        LuceneQueryBase? derived = null;
        // A stop word of one language (in, of) is looked for in the other only as typed: its stem there would find
        // unrelated words (Snowball stems insan to in).
        var asTyped = analyzer.AnalyzeWord(word, turkish: true) is null || analyzer.AnalyzeWord(word, turkish: false) is null;
        foreach (var turkish in new[] { true, false })
        {
            if (analyzer.AnalyzeWord(word, turkish) is not { } form)
            {
                continue;
            }
            analysed = true;
            var chain = turkish ? "tr" : "en";
            Add(chain, FieldForm.Exact, form.Exact, ExactBoost, Forms.Exact);
            Add(chain, FieldForm.Folded, form.Folded, FoldedBoost, Forms.Folded);
            var exact = new Term(PassageFields.TextField(chain, FieldForm.Exact), form.Exact);
            covering.Add((exact, new Term(PassageFields.TextField(chain, FieldForm.Folded), form.Folded)));
            covering.Add((exact, new Term(PassageFields.TextField(chain, FieldForm.Stem), form.Stem)));
            if (!asTyped)
            {
                derived = AddStems(chain, turkish, form, Add) ?? derived;
            }
        }
        if (!analysed)
        {
            Notices.Add(QueryNote.Of("stop-word", $"'{word}' is a stop word; it was ignored", word));
            return null;
        }
        var merged = new List<Term>();
        var found = OneWord(forms, covering, merged, out var inCorpus);
        // Not looked up, still marked: a passage may have the stem in another word too (Türkiye'den).
        AlsoMarked.UnionWith(merged);
        if (!inCorpus && derived is null && !_alternatives!.ContainsKey(node))
        {
            Notices.Add(QueryNote.Of("not-in-corpus", $"'{word}' is not in the corpus in any form; the passages are ranked by the other words", word));
        }
        if (derived is not null)
        {
            found = new FormsQuery([found, derived], FormsTieBreaker);
        }
        if (!_alternatives!.TryGetValue(node, out var alternatives)
            || GlossaryAlternatives.WithoutRedundant(found, merged, alternatives) is not { Count: > 0 } kept)
        {
            return found;
        }
        return new FormsQuery([found, .. kept], FormsTieBreaker);
    }

    /// <summary>
    /// The stem forms of a word in one chain, through <paramref name="add"/>; in the Turkish chain also the stems of
    /// the index's words it may be typed for, and the query for its derived words (returned; null when none).
    /// </summary>
    private LuceneQueryBase? AddStems(string chain, bool turkish, AnalyzedToken form, Action<string, FieldForm, string, float, HashSet<string>> addForm)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        void add(string chain, FieldForm field, string value, float boost, HashSet<string> collected)
        {
            stems.Add(value);
            addForm(chain, field, value, boost, collected);
        }
        add(chain, FieldForm.Stem, form.Stem, StemBoost, Forms.Stems);
        if (!turkish)
        {
            return null;
        }
        // Snowball keeps the s of a third-person -sI after a vowel (köprüsü → köprüs): look for it too.
        if (form.Stem.Length > 1 && Vowels.Contains(form.Stem[^1], StringComparison.Ordinal))
        {
            add(chain, FieldForm.Stem, form.Stem + "s", StemBoost, Forms.Stems);
        }
        // The index's words this one may be typed for: hatti → hattını, toreni → töreninde (their stems). A word
        // the corpus has as typed is found in its own forms.
        if (vocabulary is not null
            && vocabulary.DocumentFrequency(new Term(PassageFields.TextField(chain, FieldForm.Exact), form.Exact)) == 0)
        {
            foreach (var stem in vocabulary.StemsFor(form.Folded))
            {
                add(chain, FieldForm.Stem, stem, StemBoost, Forms.Stems);
            }
        }
        // A long stem's first letters find its derived words (kuruluş → kurulan, katledilen → katledilmesi), weakly; a
        // name's do not (Karabağ is not Karabekir, Türkiye not Türkistan).
        if (form.Stem.Length < DerivedMinStem || !char.IsLetter(form.Stem[0]) || analyzer.ProtectedWords.Contains(form.Exact))
        {
            return null;
        }
        var root = form.Stem[..Math.Max(DerivedMinStem - 2, form.Stem.Length - 2)];
        var field = PassageFields.TextField(chain, FieldForm.Stem);
        if (vocabulary is null)
        {
            return new PrefixQuery(new Term(field, root))
            {
                Boost = DerivedBoost,
                MultiTermRewriteMethod = new MultiTermQuery.TopTermsBoostOnlyBooleanQueryRewrite(DerivedMaxWords),
            };
        }
        // At most this many derived words (the commonest), listed once when the query is compiled; a passage with any
        // of them scores the boost only. They can be marked in the hits.
        var words = vocabulary.WordsBeginningWith(field, root, DerivedMaxWords + stems.Count).Where(w => !stems.Contains(w.Text)).Take(DerivedMaxWords).ToList();
        return words.Count == 0
            ? null
            : new ConstantScoreQuery(new FormsQuery(words.Select(w => (LuceneQueryBase)new TermQuery(w)).ToList(), 0f)) { Boost = DerivedBoost };
    }

    /// <summary>
    /// A word as the best of its forms. With the index at hand, forms it does not hold are left out, and every form is
    /// weighted with the word's own rarity (that of its most frequent form), so that a rare inflection or a rare
    /// ascii reading does not outweigh the word found exactly: the boosts alone rank exact, stem and folded.
    /// </summary>
    /// <remarks>
    /// A form in exactly the passages of the exact form (<paramref name="covering"/>: the exact form's own stem and
    /// folded form contain its passages; the same count means the same passages, as for most names) is not looked up
    /// apart (it goes to <paramref name="merged"/>): its share of the score (the tie breaker's) goes to the exact form's
    /// boost. Its passages score as before, but are walked once instead of two or three times.
    /// </remarks>
    private LuceneQueryBase OneWord(List<(Term Term, float Boost)> forms, List<(Term Exact, Term Other)> covering, List<Term> merged, out bool inCorpus)
    {
        inCorpus = true;
        if (vocabulary is null)
        {
            return BestOf(forms.Select(f => (LuceneQueryBase)new TermQuery(f.Term) { Boost = f.Boost }).ToList());
        }
        var found = forms.Select(f => (f.Term, f.Boost, Frequency: vocabulary.DocumentFrequency(f.Term))).Where(f => f.Frequency > 0).ToList();
        if (found.Count == 0)
        {
            // Nothing matches; the query still needs a clause that says so (it counts as a missing word).
            inCorpus = false;
            return new TermQuery(forms[0].Term) { Boost = forms[0].Boost };
        }
        var common = vocabulary.Rarity(found.Max(f => f.Frequency));
        foreach (var (exact, other) in covering)
        {
            var at = found.FindIndex(f => f.Term.Equals(exact));
            var twin = found.FindIndex(f => f.Term.Equals(other));
            if (at >= 0 && twin >= 0 && at != twin && found[at].Frequency == found[twin].Frequency)
            {
                var (high, low) = (Math.Max(found[at].Boost, found[twin].Boost), Math.Min(found[at].Boost, found[twin].Boost));
                found[at] = found[at] with { Boost = high + (low * FormsTieBreaker) };
                merged.Add(found[twin].Term);
                found.RemoveAt(twin);
            }
        }
        return BestOf(found.Select(f => (LuceneQueryBase)new TermQuery(f.Term) { Boost = f.Boost * common / vocabulary.Rarity(f.Frequency) }).ToList());
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
            Notices.Add(QueryNote.Of("stop-word-phrase", $"\"{text}\" has only stop words; it was ignored", text));
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
}
