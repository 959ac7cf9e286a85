using CorpusPortal.Search.Index;

namespace CorpusPortal.Search.Query;

internal enum LexemeKind
{
    Word,
    Phrase,
    Prefix,
    Unit,
    Filter,
    And,
    Or,
    Not,
    Require,
    LeftParen,
    RightParen,
}

internal sealed record Lexeme(LexemeKind Kind, string Text, string? Name = null);

/// <summary>Cuts a query into words, phrases, operators, parentheses, filters and archival units.</summary>
internal static class QueryLexer
{
    private static readonly string[] Filters = ["lang", "doc", "section", "year", "author", "title", "keyword"];

    public static List<Lexeme> Lex(string text, List<QueryNote> notices)
    {
        var units = ArchivalTerms.Find(text).ToDictionary(u => u.Start);
        var lexemes = new List<Lexeme>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (units.TryGetValue(i, out var unit))
            {
                lexemes.Add(new Lexeme(LexemeKind.Unit, unit.Unit));
                i += unit.Length;
            }
            else if (c == '(')
            {
                lexemes.Add(new Lexeme(LexemeKind.LeftParen, "("));
                i++;
            }
            else if (c == ')')
            {
                lexemes.Add(new Lexeme(LexemeKind.RightParen, ")"));
                i++;
            }
            else if (c is '"' or '“' or '”')
            {
                var end = text.IndexOfAny(['"', '“', '”'], i + 1);
                if (end < 0)
                {
                    notices.Add(QueryNote.Of("unclosed-quote", "a quotation mark was not closed; the phrase runs to the end of the query"));
                    end = text.Length;
                }
                lexemes.Add(new Lexeme(LexemeKind.Phrase, text[(i + 1)..end]));
                i = Math.Min(text.Length, end + 1);
            }
            else if (c is '-' or '+' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '('))
            {
                lexemes.Add(c == '-' ? new Lexeme(LexemeKind.Not, "-") : new Lexeme(LexemeKind.Require, "+"));
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"' or '“' or '”') && !units.ContainsKey(i))
                {
                    i++;
                }
                lexemes.Add(Bare(text[start..i], notices));
            }
        }
        return lexemes;
    }

    private static Lexeme Bare(string run, List<QueryNote> notices)
    {
        switch (run)
        {
            case "OR" or "||" or "|":
                return new Lexeme(LexemeKind.Or, run);
            case "AND" or "&&":
                return new Lexeme(LexemeKind.And, run);
            case "NOT":
                return new Lexeme(LexemeKind.Not, run);
        }
        var colon = run.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < run.Length - 1)
        {
            var name = run[..colon];
            if (Filters.Contains(name, StringComparer.Ordinal))
            {
                return new Lexeme(LexemeKind.Filter, run[(colon + 1)..], name);
            }
            if (name.All(char.IsAsciiLetterLower) && name.Length <= 10)
            {
                notices.Add(QueryNote.Of("unknown-filter", $"'{name}:' is not a filter (the filters are lang:, doc:, section:, year:, author:, title:, keyword:); it was read as words", name));
            }
        }
        if (run.EndsWith('*'))
        {
            var prefix = run.TrimEnd('*');
            if (prefix.Count(char.IsLetterOrDigit) >= 2)
            {
                return new Lexeme(LexemeKind.Prefix, prefix);
            }
            notices.Add(QueryNote.Of("short-prefix", $"'{run}': a prefix needs at least two letters before '*'; it was read as a word", run));
            return new Lexeme(LexemeKind.Word, prefix);
        }
        return new Lexeme(LexemeKind.Word, run);
    }
}
