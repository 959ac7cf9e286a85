namespace CorpusPortal.Search.Analysis;

/// <summary>
/// Splits text into words at Unicode word boundaries, in the manner of UAX #29 and Lucene's StandardTokenizer:
/// letters, digits and the combining marks after them make words; an apostrophe or a full stop between two
/// letters or digits, and a comma between two digits, stay inside the word (<c>Türkiye’nin</c>, <c>05.01.1991</c>,
/// <c>1,5</c>, <c>U.S.A</c>); everything else, hyphens and slashes included, separates words.
/// </summary>
public static class WordTokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (var (start, end) in Ranges(text))
        {
            tokens.Add(new Token(text[start..end], start, end));
        }
        return tokens;
    }

    /// <summary>Where the words are (start inclusive, end exclusive), without making a string of each.</summary>
    public static IEnumerable<(int Start, int End)> Ranges(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length)
            {
                if (IsWordChar(text[i]) || IsMark(text[i]))
                {
                    i++;
                }
                else if (i + 1 < text.Length && JoinsAt(text, i))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }
            yield return (start, i);
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>The character at <paramref name="i"/> joins the word before it to the word character after it.</summary>
    private static bool JoinsAt(string text, int i)
    {
        var before = LastBase(text, i);
        var after = text[i + 1];
        if (!char.IsLetterOrDigit(before) || !char.IsLetterOrDigit(after))
        {
            return false;
        }
        return text[i] switch
        {
            '\'' or '’' or 'ʼ' or '.' or '·' => true,
            ',' => char.IsDigit(before) && char.IsDigit(after),
            _ => false,
        };
    }

    /// <summary>The last letter or digit before <paramref name="i"/>, looking past combining marks.</summary>
    private static char LastBase(string text, int i)
    {
        var j = i - 1;
        while (j > 0 && IsMark(text[j]))
        {
            j--;
        }
        return text[j];
    }
}
