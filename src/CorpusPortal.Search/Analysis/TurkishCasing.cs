using System.Text;

namespace CorpusPortal.Search.Analysis;

/// <summary>
/// Lowercasing that never asks the machine's culture. Turkish: <c>I</c> → <c>ı</c>, <c>İ</c> → <c>i</c>, and
/// <c>I</c> followed (past any other combining marks) by a combining dot above (U+0307) → <c>i</c>, the dot dropped,
/// as Unicode's SpecialCasing gives for tr and az. English: the invariant mapping, with <c>İ</c> → <c>i</c>.
/// </summary>
public static class TurkishCasing
{
    private const char CombiningDotAbove = '\u0307';

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
}
