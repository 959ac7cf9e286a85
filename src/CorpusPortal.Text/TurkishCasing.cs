using System.Text;

namespace CorpusPortal.Text;

/// <summary>
/// Lower case by a language's rules, never the machine's culture, for every derived form (search terms, anchors, a
/// surname printed in capitals, a month's name to look up); the text itself is kept as written. Turkish (and
/// Azerbaijani): <c>I</c> → <c>ı</c>, <c>İ</c> → <c>i</c>, and <c>I</c> followed (past any other combining marks) by a
/// combining dot above (U+0307) → <c>i</c>, the dot dropped, as Unicode's SpecialCasing gives for tr and az. Other
/// languages: the invariant mapping, with <c>İ</c> → <c>i</c>.
/// </summary>
public static class TurkishCasing
{
    private const char CombiningDotAbove = '\u0307';

    /// <summary>One letter lowercased (a lone <c>I</c> cannot see a combining dot after it).</summary>
    public static char Lower(char c, bool turkish) => c switch
    {
        'I' => turkish ? 'ı' : 'i',
        'İ' => 'i',
        _ => char.ToLowerInvariant(c),
    };

    public static string Lower(string text, bool turkish) => turkish ? ToLowerTurkish(text) : ToLowerEnglish(text);

    public static string ToLowerTurkish(string text)
    {
        if (IsLower(text))
        {
            return text;
        }
        var lower = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case 'I':
                    var dot = DotAboveAfter(text, i);
                    if (dot < 0)
                    {
                        lower.Append('ı');
                        break;
                    }
                    lower.Append('i').Append(text, i + 1, dot - i - 1);
                    i = dot;
                    break;
                case 'İ':
                    lower.Append('i');
                    break;
                default:
                    lower.Append(char.ToLowerInvariant(c));
                    break;
            }
        }
        return lower.ToString();
    }

    /// <summary>
    /// The invariant mapping, and <c>İ</c> → <c>i</c>: .NET's invariant mapping leaves the dotted capital as it is, so
    /// the English forms of <c>İlham</c> kept a capital no lowercase query could match.
    /// </summary>
    public static string ToLowerEnglish(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower.Contains('İ', StringComparison.Ordinal) ? lower.Replace('İ', 'i') : lower;
    }

    /// <summary>Nothing to lowercase (the common case): no capital letter and no combining dot.</summary>
    private static bool IsLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c) || c == CombiningDotAbove)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Where the combining dot above that belongs to the I at <paramref name="i"/> is, or -1.</summary>
    private static int DotAboveAfter(string text, int i)
    {
        for (var j = i + 1; j < text.Length; j++)
        {
            if (text[j] == CombiningDotAbove)
            {
                return j;
            }
            if (char.GetUnicodeCategory(text[j]) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>A word with its first letter kept and the rest lower case: <c>DENEME</c> → <c>Deneme</c>, <c>IŞIK</c> → <c>Işık</c>, <c>ÖZ-TÜRK</c> → <c>Öz-Türk</c>.</summary>
    public static string Capitalized(string word, bool turkish)
    {
        var chars = word.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i - 1]) || chars[i - 1] is '\'' or '’')
            {
                chars[i] = Lower(chars[i], turkish);
            }
        }
        return new string(chars);
    }

    /// <summary>True when every letter of the word is a capital and it has at least two letters (<c>DENEME</c>, not <c>A.</c>).</summary>
    public static bool IsAllCapitals(string word) =>
        word.Count(char.IsLetter) >= 2 && word.Where(char.IsLetter).All(char.IsUpper);
}
