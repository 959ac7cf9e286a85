using System.Globalization;
using CorpusPortal.Search.Index;
using CorpusPortal.Text;

namespace CorpusPortal.Search.Query;

/// <summary>
/// Reads the query language of docs/search-syntax.md: words (side by side they rank: all of them first, then most of
/// them), +word and AND (required), "phrases" (required), OR, NOT and -word, prefix*, parentheses, archival units, and
/// the filters lang:, doc:, section:, year:, author:, title:, keyword:.
/// Nothing typed ever reaches the search engine as syntax: the parser builds a tree, and the tree is turned into a
/// Lucene query of analysed words only (<see cref="Engine.LuceneQuery"/>). Malformed input gets an error or a documented best-effort reading
/// with a notice; the parser never throws.
/// </summary>
public static class QueryParser
{
    public const int MaxLength = 1000;
    public const int MaxTerms = 50;

    private static readonly string[] FilterNames = ["lang", "doc", "section", "year", "author", "title", "keyword"];
    private static readonly string[] FilterLanguages = ["tr", "en", "az", "ru"];

    public static ParsedQuery Parse(string? text)
    {
        text ??= "";
        var notices = new List<QueryNote>();
        if (text.Length > MaxLength)
        {
            return Failed(text, QueryNote.Of("too-long", $"the query is {text.Length:N0} characters long; the limit is {MaxLength:N0}", text.Length.ToString(CultureInfo.InvariantCulture), MaxLength.ToString(CultureInfo.InvariantCulture)), notices);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(text, QueryNote.Of("empty", "the query is empty"), notices);
        }
        var lexemes = QueryLexer.Lex(text, notices);
        var parser = new Parser(lexemes, notices);
        var root = parser.ParseQuery();
        if (parser.Error is { } error)
        {
            return Failed(text, error, notices);
        }
        if (parser.TermCount > MaxTerms)
        {
            return Failed(text, QueryNote.Of("too-many-terms", $"the query has {parser.TermCount} terms; the limit is {MaxTerms}", parser.TermCount.ToString(CultureInfo.InvariantCulture), MaxTerms.ToString(CultureInfo.InvariantCulture)), notices);
        }
        root = Simplify(root);
        if (root is null && (parser.Filters.Authors.Count > 0 || parser.Filters.Titles.Count > 0 || parser.Filters.Keywords.Count > 0))
        {
            root = new EverythingNode();
        }
        if (root is null)
        {
            return parser.Filters.IsEmpty
                ? Failed(text, QueryNote.Of("nothing-to-look-for", "the query has nothing to look for"), notices)
                : Failed(text, QueryNote.Of("only-filters", "the query has only filters: add a word to look for"), notices);
        }
        if (!HasPositive(root))
        {
            return Failed(text, QueryNote.Of("only-exclusions", "the query only excludes words: add a word to look for"), notices);
        }
        return new ParsedQuery(text, root, parser.Filters, null, notices);
    }

    private static ParsedQuery Failed(string text, QueryNote error, List<QueryNote> notices) => new(text, null, new QueryFilters(), error, notices);

    /// <summary>Drops empty groups and single-child groups.</summary>
    private static QueryNode? Simplify(QueryNode? node) => node switch
    {
        AndNode and => Group(and.Children.Select(Simplify).OfType<QueryNode>().ToList(), children => new AndNode(children)),
        RankedNode ranked => Ranked(ranked.Children.Select(Simplify).OfType<QueryNode>().ToList()),
        RequiredNode required => Simplify(required.Child) is { } child ? new RequiredNode(child) : null,
        OrNode or => Group(or.Children.Select(Simplify).OfType<QueryNode>().ToList(), children => new OrNode(children)),
        // NOT NOT x is x.
        NotNode not => Simplify(not.Child) switch
        {
            NotNode inner => inner.Child,
            { } child => new NotNode(child),
            null => null,
        },
        _ => node,
    };

    /// <summary>Ranked words of which every one is required are an AND; a single one is itself.</summary>
    private static QueryNode? Ranked(List<QueryNode> children)
    {
        if (children.Count == 1)
        {
            return children[0] is RequiredNode required ? required.Child : children[0];
        }
        // With nothing else to look for, a single optional part is required too (Azerbaycan -Ermenistan).
        var optional = children.Count(c => !Requires(c));
        var requiredParts = children.Count(c => c is RequiredNode or PhraseNode);
        return children.Count == 0 ? null
            : optional == 0 || (optional == 1 && requiredParts == 0) ? new AndNode(children.Select(c => c is RequiredNode r ? r.Child : c).ToList())
            : new RankedNode(children);
    }

    /// <summary>Whether a part of ranked words must be in every passage (or must not be).</summary>
    internal static bool Requires(QueryNode node) => node is RequiredNode or PhraseNode or NotNode;

    private static QueryNode? Group(List<QueryNode> children, Func<List<QueryNode>, QueryNode> make) =>
        children.Count switch { 0 => null, 1 => children[0], _ => make(children) };

    /// <summary>Something to look for: NOT alone, or an OR with a NOT-only branch, cannot be searched.</summary>
    private static bool HasPositive(QueryNode node) => node switch
    {
        NotNode => false,
        AndNode and => and.Children.Any(HasPositive),
        RankedNode ranked => ranked.Children.Any(HasPositive),
        RequiredNode required => HasPositive(required.Child),
        OrNode or => or.Children.All(HasPositive),
        _ => true,
    };

    private sealed class Parser(List<Lexeme> lexemes, List<QueryNote> notices)
    {
        private int _at;

        public QueryNote? Error { get; private set; }

        public int TermCount { get; private set; }

        public QueryFilters Filters { get; private set; } = new();

        public QueryNode? ParseQuery()
        {
            var parts = new List<QueryNode>();
            if (ParseOr() is { } first)
            {
                parts.Add(first);
            }
            while (_at < lexemes.Count && Error is null)
            {
                // Only a ')' without its '(' stops ParseOr before the end.
                notices.Add(QueryNote.Of("stray-parenthesis", "a closing parenthesis had no opening one; it was ignored"));
                _at++;
                if (ParseOr() is { } more)
                {
                    parts.Add(more);
                }
            }
            return parts.Count switch { 0 => null, 1 => parts[0], _ => new AndNode(parts) };
        }

        private LexemeKind? Peek => _at < lexemes.Count ? lexemes[_at].Kind : null;

        private QueryNode? ParseOr()
        {
            var branches = new List<QueryNode?> { ParseAnd() };
            while (Peek == LexemeKind.Or)
            {
                _at++;
                var branch = ParseAnd();
                if (branch is null)
                {
                    notices.Add(QueryNote.Of("one-sided-or", "OR had nothing on one side; it was ignored"));
                }
                branches.Add(branch);
            }
            var present = branches.OfType<QueryNode>().ToList();
            if (branches.Count > 1 && present.Count < branches.Count && present.Count > 0 && branches[0] is null)
            {
                notices.Add(QueryNote.Of("one-sided-or", "OR had nothing on one side; it was ignored"));
            }
            return present.Count switch { 0 => null, 1 => present[0], _ => new OrNode(present) };
        }

        /// <summary>
        /// Parts side by side: each is required when it has + before it or AND on either side, and ranks otherwise
        /// (<see cref="RankedNode"/>).
        /// </summary>
        private QueryNode? ParseAnd()
        {
            var children = new List<QueryNode>();
            var requireNext = false;
            while (Peek is { } kind && kind != LexemeKind.Or && kind != LexemeKind.RightParen && Error is null)
            {
                if (kind is LexemeKind.And or LexemeKind.Require)
                {
                    _at++;
                    if (kind == LexemeKind.And && children.Count > 0 && children[^1] is not RequiredNode)
                    {
                        children[^1] = new RequiredNode(children[^1]);
                    }
                    requireNext = true;
                    continue;
                }
                if (ParseUnary() is { } node)
                {
                    children.Add(requireNext && node is not NotNode ? new RequiredNode(node) : node);
                }
                requireNext = false;
            }
            return children.Count switch { 0 => null, 1 => children[0], _ => new RankedNode(children) };
        }

        private QueryNode? ParseUnary()
        {
            if (Peek != LexemeKind.Not)
            {
                return ParsePrimary();
            }
            _at++;
            if (Peek is null or LexemeKind.Or or LexemeKind.RightParen or LexemeKind.And)
            {
                notices.Add(QueryNote.Of("empty-not", "NOT (or -) had nothing after it; it was ignored"));
                return null;
            }
            if (Peek == LexemeKind.Filter)
            {
                notices.Add(QueryNote.Of("excluded-filter", $"filters cannot be excluded: '-{lexemes[_at].Text}' was ignored", lexemes[_at].Text));
                _at++;
                return null;
            }
            return ParseUnary() is { } child ? new NotNode(child) : null;
        }

        private QueryNode? ParsePrimary()
        {
            var lexeme = lexemes[_at++];
            switch (lexeme.Kind)
            {
                case LexemeKind.LeftParen:
                    var inner = ParseOr();
                    if (Peek == LexemeKind.RightParen)
                    {
                        _at++;
                    }
                    else
                    {
                        notices.Add(QueryNote.Of("unclosed-parenthesis", "a parenthesis was not closed; it was closed at the end of the query"));
                    }
                    return inner;
                case LexemeKind.Word:
                    TermCount++;
                    return new WordNode(lexeme.Text);
                case LexemeKind.Phrase:
                    TermCount++;
                    return lexeme.Text.Trim().Length == 0 ? null : new PhraseNode(lexeme.Text);
                case LexemeKind.Prefix:
                    TermCount++;
                    return new PrefixNode(lexeme.Text);
                case LexemeKind.Unit:
                    TermCount++;
                    return new ArchivalUnitNode(lexeme.Text);
                case LexemeKind.Filter:
                    ReadFilter(lexeme.Name!, lexeme.Text);
                    return null;
                default:
                    return null;
            }
        }

        private void ReadFilter(string name, string value)
        {
            switch (name)
            {
                case "lang" when FilterLanguages.Contains(value, StringComparer.Ordinal):
                    Filters = Filters with { Language = value };
                    break;
                case "lang":
                    Error = QueryNote.Of("bad-language", $"lang:{value} is not a language of the corpus (use lang:tr, lang:en, lang:az or lang:ru)", value);
                    break;
                case "section" when PassageKind.All.Contains(value, StringComparer.Ordinal):
                    Filters = Filters with { Section = value };
                    break;
                case "section":
                    Error = QueryNote.Of("bad-section", $"section:{value} is not a kind of passage (use section:{string.Join("|", PassageKind.All)})", value, string.Join("|", PassageKind.All));
                    break;
                case "doc" when DocumentIds.IsValid(value):
                    Filters = Filters with { Document = value };
                    break;
                case "doc":
                    Error = QueryNote.Of("bad-document", $"doc:{value} is not a document id (lowercase letters, digits, '_' and '-')", value);
                    break;
                case "year":
                    ReadYears(value);
                    break;
                case "author" or "title" or "keyword":
                    ReadWords(name, value);
                    break;
            }
        }

        /// <summary>An author:, title: or keyword: filter: each word of its value must begin a word of the field.</summary>
        private void ReadWords(string name, string value)
        {
            var words = BibliographicWords.Of(value).ToList();
            if (words.Count == 0)
            {
                Error = QueryNote.Of("bad-words", $"{name}:{value} has no word to look for", name, value);
                return;
            }
            Filters = name switch
            {
                "author" => Filters with { Authors = [.. Filters.Authors, .. words] },
                "title" => Filters with { Titles = [.. Filters.Titles, .. words] },
                _ => Filters with { Keywords = [.. Filters.Keywords, .. words] },
            };
        }

        private void ReadYears(string value)
        {
            var parts = value.Split("..");
            int? Year(string part) => part.Length == 0 ? null
                : part.Length == 4 && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : -1;
            var (from, to) = parts.Length switch
            {
                1 => (Year(parts[0]), Year(parts[0])),
                2 => (Year(parts[0]), Year(parts[1])),
                _ => (-1, -1),
            };
            if (from == -1 || to == -1 || (from is null && to is null) || from > to)
            {
                Error = QueryNote.Of("bad-year", $"year:{value} is not a year or a range of years (year:1991, year:1990..1995, year:..1995)", value);
                return;
            }
            Filters = Filters with { YearFrom = from, YearTo = to };
        }
    }
}
