using System.Text;
using System.Text.RegularExpressions;

namespace CorpusPortal.Analysis.Citations.Archival.Registry;

/// <summary>
/// A reference shape as the registry writes it, turned into a regular expression: <c>{fonds:code}, (Dosya|D.):
/// {unit:number}</c>. Parts are named groups (<c>fonds</c>, <c>unit</c>, <c>folio</c>); a part given twice is captured
/// twice. Spellings of a listed part filed under another value (<c>Zabıt Ceridesi=ZC</c>) are collected.
/// </summary>
public static class ReferenceTemplate
{
    public static readonly string[] Parts = ["fonds", "unit", "folio"];

    /// <summary>The kinds of a part and what each matches.</summary>
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["numbers"] = @"\d+(?:\s?[-.]\s?\d+)*",
        ["number"] = @"\d+[a-z]?(?![\p{L}\d])",
        ["range"] = @"\d+[a-z]?(?:\s?[-–]\s?\d+[a-z]?)?(?![\p{L}\d])",
        ["code"] = @"\p{Lu}\p{L}{0,11}(?:\.\p{Lu}\p{L}{0,11}){0,4}(?![\p{L}\d])",
    };

    public static IEnumerable<string> KindNames => Kinds.Keys;

    /// <summary>The pattern of <paramref name="template"/>, or a problem naming what is wrong and where in it.</summary>
    public static (string? Pattern, string? Problem) Compile(string template, IDictionary<string, string> spellings)
    {
        var pattern = new StringBuilder();
        var open = 0;
        var parts = 0;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            switch (c)
            {
                case '{':
                {
                    var end = template.IndexOf('}', i);
                    if (end < 0)
                    {
                        return (null, $"'{{' at character {i + 1} is not closed with '}}'");
                    }
                    var (part, problem) = Part(template[(i + 1)..end], spellings);
                    if (problem is not null)
                    {
                        return (null, $"{{{template[(i + 1)..end]}}} at character {i + 1}: {problem}");
                    }
                    pattern.Append(part);
                    parts++;
                    i = end;
                    break;
                }
                case '(':
                {
                    var end = template.IndexOf(')', i);
                    if (end < 0)
                    {
                        return (null, $"'(' at character {i + 1} is not closed with ')'");
                    }
                    var words = template[(i + 1)..end].Split('|').Select(w => w.Trim()).ToList();
                    if (words.Any(w => w.Length == 0))
                    {
                        return (null, $"({template[(i + 1)..end]}) at character {i + 1} has an empty word");
                    }
                    pattern.Append("(?:").Append(Choice(words)).Append(')');
                    i = end;
                    break;
                }
                case '[':
                    open++;
                    pattern.Append("(?:");
                    break;
                case ']':
                    if (--open < 0)
                    {
                        return (null, $"']' at character {i + 1} closes nothing");
                    }
                    pattern.Append(")?");
                    break;
                case ' ':
                    pattern.Append(@"\s*");
                    break;
                case ',' or '.' or ';':
                    pattern.Append(@"\s*[,.;]?\s*");
                    break;
                case ':':
                    pattern.Append(@"\s*:?\s*");
                    break;
                case '/':
                    pattern.Append(@"\s*/\s*");
                    break;
                case '}' or ')':
                    return (null, $"'{c}' at character {i + 1} closes nothing");
                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        if (open > 0)
        {
            return (null, "a '[' is not closed with ']'");
        }
        return parts == 0 || !template.Contains("{fonds", StringComparison.Ordinal) && !template.Contains("{unit", StringComparison.Ordinal)
            ? (null, "a reference needs a {fonds:…} or a {unit:…} part")
            : (pattern.ToString(), null);
    }

    private static (string? Pattern, string? Problem) Part(string slot, IDictionary<string, string> spellings)
    {
        var colon = slot.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? slot : slot[..colon];
        if (!Parts.Contains(name))
        {
            return (null, $"'{name}' is not a part of a reference ({string.Join(", ", Parts)})");
        }
        if (colon < 0)
        {
            return (null, $"the part names no kind ({string.Join(", ", Kinds.Keys)}, or a list of words A|B)");
        }
        var kind = slot[(colon + 1)..];
        if (Kinds.TryGetValue(kind, out var known))
        {
            return ($"(?<{name}>{known})", null);
        }
        if (kind.Length == 0 || kind.All(char.IsLower))
        {
            return (null, $"'{kind}' is not a kind ({string.Join(", ", Kinds.Keys)}, or a list of words A|B)");
        }
        var words = new List<string>();
        foreach (var item in kind.Split('|'))
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            var word = (equals < 0 ? item : item[..equals]).Trim();
            if (word.Length == 0)
            {
                return (null, "the list has an empty word");
            }
            if (equals >= 0)
            {
                spellings[word] = item[(equals + 1)..].Trim();
            }
            words.Add(word);
        }
        return ($"(?<{name}>{Choice(words)})(?![\\p{{L}}\\d])", null);
    }

    /// <summary>
    /// The words a reference of this shape starts with, when it starts with a list (<c>{fonds:FO|CAB}</c>, <c>(f.|F.)</c>);
    /// null when it starts with a number or a code, which no word announces.
    /// </summary>
    public static IReadOnlyList<string>? LeadingWords(string template)
    {
        var text = template.TrimStart(' ', '[');
        if (text.StartsWith('('))
        {
            var end = text.IndexOf(')', StringComparison.Ordinal);
            return end < 0 ? null : [.. text[1..end].Split('|').Select(w => w.Trim())];
        }
        if (text.StartsWith('{') && text.IndexOf('}', StringComparison.Ordinal) is var close and > 0
            && text[1..close].Split(':', 2) is [_, var kind] && !Kinds.ContainsKey(kind))
        {
            return [.. kind.Split('|').Select(w => w.Split('=')[0].Trim())];
        }
        return null;
    }

    /// <summary>Words as alternatives, the longest first (so <c>Dos.</c> is not taken for <c>D.</c>); a space in a word is any white space.</summary>
    private static string Choice(IEnumerable<string> words) => string.Join('|', words
        .OrderByDescending(w => w.Length)
        .Select(w => string.Join(@"\s+", w.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))
            + (char.IsLetterOrDigit(w[^1]) ? @"(?![\p{L}\d])" : "")));
}
