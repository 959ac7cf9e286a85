using System.Globalization;
using System.Text;

namespace CorpusPortal.Search.Analysis;

/// <summary>
/// The form of a word typed without its letters: <c>türkiye</c> → <c>turkiye</c>, <c>karabağ</c> → <c>karabag</c>,
/// <c>nahçıvan</c> → <c>nahcivan</c>, <c>əliyev</c> → <c>aliyev</c>. Applied to lowercase words only, and never
/// before stemming (the Turkish stemmer needs ı, ö and ü).
/// </summary>
public static class Folding
{
    private static readonly Dictionary<char, char> Map = Build();

    public static string Fold(string word)
    {
        StringBuilder? folded = null;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var isMark = c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            if (!isMark && (c < '\u00C0' || !Map.ContainsKey(c)))
            {
                folded?.Append(c);
                continue;
            }
            folded ??= new StringBuilder(word, 0, i, word.Length);
            if (!isMark)
            {
                folded.Append(Map[c]);
            }
        }
        return folded?.ToString() ?? word;
    }

    private static Dictionary<char, char> Build()
    {
        var groups = new Dictionary<char, string>
        {
            ['a'] = "àáâãäåāăąə",
            ['c'] = "çćĉċč",
            ['d'] = "ďđ",
            ['e'] = "èéêëēĕėęě",
            ['g'] = "ĝğġģ",
            ['h'] = "ĥħ",
            ['i'] = "ìíîïĩīĭįı",
            ['j'] = "ĵ",
            ['k'] = "ķ",
            ['l'] = "ĺļľŀł",
            ['n'] = "ñńņňŉ",
            ['o'] = "òóôõöøōŏő",
            ['r'] = "ŕŗř",
            ['s'] = "śŝşšș",
            ['t'] = "ţťŧț",
            ['u'] = "ùúûüũūŭůűų",
            ['y'] = "ýÿŷ",
            ['z'] = "źżž",
        };
        var map = new Dictionary<char, char>();
        foreach (var (plain, letters) in groups)
        {
            foreach (var letter in letters)
            {
                map[letter] = plain;
            }
        }
        return map;
    }
}
