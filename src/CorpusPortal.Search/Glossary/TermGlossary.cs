using CorpusPortal.Search.Analysis;
using CorpusPortal.Text;

namespace CorpusPortal.Search.Glossary;

/// <summary>
/// The glossary's entries, found in a query's words: a run of words that reads as one of an entry's expressions (in
/// that expression's language, by exact or stemmed form, with or without Turkish letters) brings the entry's other
/// expressions into the query. Stop words of the expression's language are passed over on both sides.
/// </summary>
public sealed class TermGlossary
{
    private readonly List<Entry> _entries = [];

    /// <summary>The expressions (with their analysed words) by the folded stem of their first word.</summary>
    private readonly Dictionary<string, List<(Entry Entry, Analysed Expression)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>The one-word expressions of other languages, by the chain and stem of a one-word expression (tr karabağ → en karabakh).</summary>
    private readonly Dictionary<(bool Turkish, string Stem), List<(bool Turkish, string Stem)>> _translations = [];

    public TermGlossary(IEnumerable<IReadOnlyList<GlossaryExpression>> entries, WordList protectedWords)
    {
        var analyzer = new TextAnalyzer(protectedWords);
        foreach (var expressions in entries)
        {
            var entry = new Entry(expressions.Select(e => Analyse(analyzer, e)).Where(e => e.Words.Count > 0).ToList());
            _entries.Add(entry);
            var single = entry.Expressions.Where(e => e.Words.Count == 1).Select(e => (Turkish: TextAnalyzer.IsTurkish(e.Language), e.Words[0].Stem)).Distinct().ToList();
            foreach (var word in single)
            {
                if (!_translations.TryGetValue(word, out var others))
                {
                    _translations[word] = others = [];
                }
                others.AddRange(single.Where(o => o.Turkish != word.Turkish && !others.Contains(o)));
            }
            foreach (var expression in entry.Expressions)
            {
                foreach (var key in Keys(expression.Words[0]))
                {
                    if (!_byFirstWord.TryGetValue(key, out var list))
                    {
                        _byFirstWord[key] = list = [];
                    }
                    list.Add((entry, expression));
                }
            }
        }
    }

    public static TermGlossary Empty { get; } = new([], WordList.Empty);

    public int Count => _entries.Count;

    /// <summary>Every expression of every entry, as the glossary writes it (names to offer while a reader types).</summary>
    public IEnumerable<GlossaryExpression> Expressions => _entries.SelectMany(e => e.Expressions).Select(e => e.Source);

    /// <summary>The entries as the glossary file gives them: the expressions of each, in its order.</summary>
    public IEnumerable<IReadOnlyList<GlossaryExpression>> Entries => _entries.Select(e => (IReadOnlyList<GlossaryExpression>)[.. e.Expressions.Select(x => x.Source)]);

    /// <summary>
    /// The entries found in <paramref name="words"/> (the words of a query as typed, in order): for each, the range of
    /// words it covers, the expression matched and the entry's other expressions.
    /// </summary>
    public IReadOnlyList<GlossaryMatch> Find(IReadOnlyList<string> words, TextAnalyzer analyzer)
    {
        var matches = new List<GlossaryMatch>();
        if (_entries.Count == 0)
        {
            return matches;
        }
        var turkish = words.Select(w => analyzer.AnalyzeWord(w, turkish: true)).ToList();
        var english = words.Select(w => analyzer.AnalyzeWord(w, turkish: false)).ToList();
        var matched = new HashSet<(int Start, Entry Entry, string Language)>();
        for (var start = 0; start < words.Count; start++)
        {
            foreach (var candidate in Candidates(turkish[start], english[start]))
            {
                var inLanguage = TextAnalyzer.IsTurkish(candidate.Expression.Language) ? turkish : english;
                // An entry matches once per language where it starts, though two of its spellings (Nahçıvan, Nahçivan)
                // may both fit.
                if (MatchLength(candidate.Expression, inLanguage, turkish, english, start) is { } length
                    && matched.Add((start, candidate.Entry, candidate.Expression.Source.Language)))
                {
                    matches.Add(new GlossaryMatch(start, length, candidate.Expression.Source,
                        candidate.Entry.Expressions.Where(e => e != candidate.Expression).Select(e => e.Source).ToList()));
                }
            }
        }
        return matches;
    }

    /// <summary>The stems of the other language's one-word equivalents of a stem (Turkish <c>tütün</c> → English <c>tobacco</c>).</summary>
    public IReadOnlyList<(bool Turkish, string Stem)> Translations(bool turkish, string stem) =>
        _translations.TryGetValue((turkish, stem), out var others) ? others : [];

    /// <summary>The analysed words of <paramref name="text"/> in the chain of <paramref name="language"/>, stop words left out.</summary>
    public static IReadOnlyList<(AnalyzedToken Word, int Position)> WordsOf(TextAnalyzer analyzer, string text, string language)
    {
        var turkish = TextAnalyzer.IsTurkish(language);
        return WordTokenizer.Tokenize(text)
            .Select((token, position) => (Word: analyzer.AnalyzeWord(token.Text, turkish), Position: position))
            .Where(w => w.Word is not null)
            .Select(w => (w.Word!.Value, w.Position))
            .ToList();
    }

    private IEnumerable<(Entry Entry, Analysed Expression)> Candidates(AnalyzedToken? turkish, AnalyzedToken? english)
    {
        var keys = new[] { turkish, english }.OfType<AnalyzedToken>().SelectMany(Keys).Distinct(StringComparer.Ordinal);
        return keys.SelectMany(k => _byFirstWord.TryGetValue(k, out var list) ? list : []).Distinct();
    }

    private static IEnumerable<string> Keys(AnalyzedToken word) => new[] { word.Stem, word.Folded, Folding.Fold(word.Stem) }.Distinct(StringComparer.Ordinal);

    /// <summary>How many of the query's words from <paramref name="start"/> the expression covers, or null when it does not match there.</summary>
    /// <remarks>
    /// The query's words are skipped where they are stop words of the expression's language; a word matches in either
    /// chain (<c>Gorbachev'in</c> is an English name with a Turkish suffix).
    /// </remarks>
    private static int? MatchLength(Analysed expression, List<AnalyzedToken?> inLanguage, List<AnalyzedToken?> turkish, List<AnalyzedToken?> english, int start)
    {
        var at = start;
        foreach (var word in expression.Words)
        {
            while (at < inLanguage.Count && inLanguage[at] is null)
            {
                at++;
            }
            if (at >= inLanguage.Count || !(Same(word, turkish[at]) || Same(word, english[at])))
            {
                return null;
            }
            at++;
        }
        return at - start;
    }

    private static bool Same(AnalyzedToken expression, AnalyzedToken? word) =>
        word is { } query && (string.Equals(expression.Exact, query.Exact, StringComparison.Ordinal)
        || string.Equals(expression.Stem, query.Stem, StringComparison.Ordinal)
        || string.Equals(expression.Folded, query.Folded, StringComparison.Ordinal)
        || string.Equals(Folding.Fold(expression.Stem), Folding.Fold(query.Stem), StringComparison.Ordinal));

    private static Analysed Analyse(TextAnalyzer analyzer, GlossaryExpression expression) =>
        new(expression, WordsOf(analyzer, expression.Text, expression.Language).Select(w => w.Word).ToList());

    private sealed record Analysed(GlossaryExpression Source, IReadOnlyList<AnalyzedToken> Words)
    {
        public string Language => Source.Language;
    }

    private sealed record Entry(IReadOnlyList<Analysed> Expressions);
}

/// <summary>An entry found in a query: words <see cref="Start"/> to <see cref="Start"/> + <see cref="Length"/> read as <see cref="Expression"/>.</summary>
public sealed record GlossaryMatch(int Start, int Length, GlossaryExpression Expression, IReadOnlyList<GlossaryExpression> Alternatives);
