using System.Text;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Query;
using CorpusPortal.Text;

namespace CorpusPortal.Search.Results;

/// <summary>
/// Finds the words of a passage that a query matched, through the same analysis as the index (so the query
/// <c>köprü</c> marks <c>Köprüsü’nün</c> and <c>Karabag</c> marks <c>Karabağ</c>), and cuts snippets and KWIC lines.
/// Snippets are HTML: the text is escaped and only our &lt;mark&gt; tags are added.
/// </summary>
public static class Highlighter
{
    public const int SnippetLength = 240;
    public const int KwicContext = 50;

    /// <summary>The words of <paramref name="text"/> with one of <paramref name="forms"/>, found by analysing it (the reading view).</summary>
    public static List<(int Start, int Length)> Matches(string text, string language, TermForms forms, TextAnalyzer analyzer)
    {
        var spans = new List<(int Start, int Length)>();
        foreach (var token in analyzer.Analyze(text, language))
        {
            if (forms.Exact.Contains(token.Exact) || forms.Stems.Contains(token.Stem) || forms.Folded.Contains(token.Folded)
                || forms.Prefixes.Any(p => token.Exact.StartsWith(p, StringComparison.Ordinal))
                || forms.FoldedPrefixes.Any(p => token.Folded.StartsWith(p, StringComparison.Ordinal)))
            {
                spans.Add((token.Start, token.End - token.Start));
            }
        }
        return WithUnits(text, spans, forms);
    }

    /// <summary>Adds the archival units of <paramref name="forms"/> cited in <paramref name="text"/> to <paramref name="spans"/> (a unit covers the words inside it).</summary>
    public static List<(int Start, int Length)> WithUnits(string text, List<(int Start, int Length)> spans, TermForms forms)
    {
        if (forms.Units.Count > 0)
        {
            foreach (var (start, length, unit) in ArchivalTerms.Find(text))
            {
                if (ArchivalTerms.Forms(unit).Any(forms.Units.Contains))
                {
                    spans.RemoveAll(s => s.Start < start + length && start < s.Start + s.Length);
                    spans.Add((start, length));
                }
            }
        }
        spans.Sort();
        return spans;
    }

    public static string Snippet(string text, IReadOnlyList<(int Start, int Length)> matches)
    {
        var (from, to) = Window(text, matches);
        var html = new StringBuilder();
        if (from > 0)
        {
            html.Append('…');
        }
        var at = from;
        foreach (var (start, length) in matches.Where(m => m.Start >= from && m.Start + m.Length <= to))
        {
            html.Append(Escape(text[at..start])).Append("<mark>").Append(Escape(text.Substring(start, length))).Append("</mark>");
            at = start + length;
        }
        html.Append(Escape(text[at..to]));
        if (to < text.Length)
        {
            html.Append('…');
        }
        return html.ToString();
    }

    public static List<KwicLine> Kwic(string text, IReadOnlyList<(int Start, int Length)> matches, int max = 10) =>
        matches.Take(max).Select(m => new KwicLine(
            Flatten(LeftContext(text, m.Start)),
            Flatten(text.Substring(m.Start, m.Length)),
            Flatten(RightContext(text, m.Start + m.Length)))).ToList();

    private static (int From, int To) Window(string text, IReadOnlyList<(int Start, int Length)> matches)
    {
        if (text.Length <= SnippetLength)
        {
            return (0, text.Length);
        }
        var from = matches.Count == 0 ? 0 : Math.Max(0, matches[Densest(text, matches)].Start - SnippetLength / 3);
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }
        var to = Math.Min(text.Length, from + SnippetLength);
        while (to < text.Length && !char.IsWhiteSpace(text[to]))
        {
            to++;
        }
        return (from, to);
    }

    /// <summary>
    /// The match the snippet is placed around: the one followed, within the snippet, by the most different matched
    /// words (a passage that names Hocalı twice, once beside "katliam", shows the second); the first on a tie.
    /// </summary>
    private static int Densest(string text, IReadOnlyList<(int Start, int Length)> matches)
    {
        var reach = SnippetLength * 2 / 3;
        var best = 0;
        var most = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            for (var j = i; j < matches.Count && matches[j].Start + matches[j].Length <= matches[i].Start + reach; j++)
            {
                words.Add(TurkishCasing.ToLowerTurkish(text.Substring(matches[j].Start, matches[j].Length)));
            }
            if (words.Count > most)
            {
                (best, most) = (i, words.Count);
            }
        }
        return best;
    }

    private static string LeftContext(string text, int end)
    {
        var start = Math.Max(0, end - KwicContext);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && end - start < KwicContext + 20)
        {
            start--;
        }
        return text[start..end];
    }

    private static string RightContext(string text, int start)
    {
        var end = Math.Min(text.Length, start + KwicContext);
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - start < KwicContext + 20)
        {
            end++;
        }
        return text[start..end];
    }

    private static string Flatten(string text) => text.Replace('\n', ' ');

    /// <summary>Escapes the five characters that matter in HTML; every other character stays as it is (ü, ş, ’).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
