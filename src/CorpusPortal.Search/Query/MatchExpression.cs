using System.Text;
using CorpusPortal.Search.Analysis;

namespace CorpusPortal.Search.Query;

/// <summary>
/// Turns a parsed query into an FTS5 MATCH expression. Only analysed words go into it, each inside double
/// quotes and tied to a column, so nothing typed is ever read by SQLite as syntax. A word is analysed both as
/// Turkish and as English and matches any of its forms: exact (weighted highest), stem, folded.
/// </summary>
public sealed class MatchExpression(TextAnalyzer analyzer)
{
    private static readonly string Vowels = "aeıioöuü";

    public TermForms Forms { get; } = new();

    public List<string> Notices { get; } = [];

    /// <summary>The expression, or null when nothing searchable is left (only stop words).</summary>
    public string? Build(QueryNode node) => node switch
    {
        WordNode word => Word(word.Text),
        PhraseNode phrase => Phrase(phrase.Text),
        PrefixNode prefix => Prefix(prefix.Prefix),
        ArchivalUnitNode unit => Unit(unit.Unit),
        OrNode or => Join(or.Children.Select(Build).OfType<string>().ToList(), " OR "),
        AndNode and => And(and),
        NotNode not => Build(not.Child) is { } inner ? $"NOT {inner}" : null,
        _ => null,
    };

    private string? And(AndNode and)
    {
        var positive = and.Children.Where(c => c is not NotNode).Select(Build).OfType<string>().ToList();
        var negative = and.Children.OfType<NotNode>().Select(n => Build(n.Child)).OfType<string>().ToList();
        if (positive.Count == 0)
        {
            return null;
        }
        var expression = Join(positive, " AND ")!;
        return negative.Count == 0 ? expression : $"({expression}{string.Concat(negative.Select(n => " NOT " + n))})";
    }

    private static string? Join(List<string> parts, string separator) =>
        parts.Count switch { 0 => null, 1 => parts[0], _ => "(" + string.Join(separator, parts) + ")" };

    private string? Word(string text)
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
        var turkish = analyzer.AnalyzeWord(word, turkish: true);
        var english = analyzer.AnalyzeWord(word, turkish: false);
        if (turkish is null && english is null)
        {
            Notices.Add($"'{word}' is a stop word; it was ignored");
            return null;
        }
        var terms = new List<string>();
        foreach (var form in new[] { turkish, english }.OfType<AnalyzedToken>())
        {
            Add(terms, "exact", form.Exact, Forms.Exact);
            Add(terms, "stem", form.Stem, Forms.Stems);
            Add(terms, "folded", form.Folded, Forms.Folded);
        }
        // Snowball keeps the s of a third-person -sI after a vowel (köprüsü → köprüs): look for it too.
        if (turkish is { } t && t.Stem.Length > 1 && Vowels.Contains(t.Stem[^1], StringComparison.Ordinal))
        {
            Add(terms, "stem", t.Stem + "s", Forms.Stems);
        }
        return Join(terms, " OR ");
    }

    private string? Phrase(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        var alternatives = new List<string>();
        foreach (var turkish in new[] { true, false })
        {
            var analysed = tokens.Select(t => analyzer.AnalyzeWord(t.Text, turkish)).OfType<AnalyzedToken>().ToList();
            if (analysed.Count == 0)
            {
                continue;
            }
            foreach (var form in analysed)
            {
                Forms.Exact.Add(form.Exact);
                Forms.Stems.Add(form.Stem);
                Forms.Folded.Add(form.Folded);
            }
            AddPhrase(alternatives, "exact", analysed.Select(a => a.Exact));
            AddPhrase(alternatives, "stem", analysed.Select(a => a.Stem));
            AddPhrase(alternatives, "folded", analysed.Select(a => a.Folded));
        }
        if (alternatives.Count == 0)
        {
            Notices.Add($"\"{text}\" has only stop words; it was ignored");
            return null;
        }
        return Join(alternatives, " OR ");
    }

    private string? Prefix(string prefix)
    {
        var word = WordTokenizer.Tokenize(prefix).FirstOrDefault().Text;
        if (string.IsNullOrEmpty(word))
        {
            return null;
        }
        var terms = new List<string>();
        foreach (var lower in new[] { TurkishCasing.ToLowerTurkish(Apostrophes.CutTurkish(word)), TurkishCasing.ToLowerEnglish(word) }.Distinct(StringComparer.Ordinal))
        {
            Forms.Prefixes.Add(lower);
            AddUnique(terms, $"exact : {Quote(lower)} *");
            var folded = Folding.Fold(lower);
            Forms.FoldedPrefixes.Add(folded);
            AddUnique(terms, $"folded : {Quote(folded)} *");
        }
        return Join(terms, " OR ");
    }

    private string Unit(string unit)
    {
        Forms.Units.Add(unit);
        return $"archival : {Quote(unit)}";
    }

    private static void Add(List<string> terms, string column, string value, HashSet<string> forms)
    {
        forms.Add(value);
        AddUnique(terms, $"{column} : {Quote(value)}");
    }

    private static void AddPhrase(List<string> alternatives, string column, IEnumerable<string> words) =>
        AddUnique(alternatives, $"{column} : {Quote(string.Join(' ', words))}");

    private static void AddUnique(List<string> terms, string term)
    {
        if (!terms.Contains(term, StringComparer.Ordinal))
        {
            terms.Add(term);
        }
    }

    /// <summary>An FTS5 string: analysed words never hold a double quote, but one is doubled if it ever does.</summary>
    private static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            quoted.Append(c == '"' ? "\"\"" : c);
        }
        return quoted.Append('"').ToString();
    }
}
