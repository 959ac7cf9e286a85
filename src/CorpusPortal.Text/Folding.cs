using System.Globalization;
using System.Text;

namespace CorpusPortal.Text;

/// <summary>
/// The form of a word typed without its letters: <c>türkiye</c> → <c>turkiye</c>, <c>karabağ</c> → <c>karabag</c>,
/// <c>nahçıvan</c> → <c>nahcivan</c>, <c>əliyev</c> → <c>aliyev</c>; the ayn and hamza of Ottoman transliteration
/// left out, as readers type without them: <c>saʿdâbâd</c> → <c>sadabad</c>, <c>ʿali</c> → <c>ali</c>. Applied to
/// lowercase words only, and never before stemming (the Turkish stemmer needs ı, ö and ü).
/// </summary>
public static class Folding
{
    /// <summary>The plain letter of each accented Latin letter below U+0260 (ə is U+0259) ('\0' for the others).</summary>
    private static readonly char[] Map = Build();

    /// <summary>The small letters each plain letter stands for when a word is typed without its letters.</summary>
    private static readonly Dictionary<char, char[]> Lowercase = Map.Select((plain, letter) => (Plain: plain, Letter: (char)letter))
        .Where(p => p.Plain != '\0' && char.IsLower(p.Letter))
        .GroupBy(p => p.Plain)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Letter).Prepend(g.Key).ToArray());

    /// <summary>The small letters that fold to <paramref name="plain"/>: <c>i</c> → <c>i ì í î ï … ı</c>; itself first.</summary>
    public static IReadOnlyList<char> LettersFoldingTo(char plain) => Lowercase.TryGetValue(plain, out var letters) ? letters : [plain];

    /// <summary>ʿ and ʾ (modifier letters half rings), ʻ and ʼ: the ayn and hamza of transliterated Ottoman and Arabic.</summary>
    private const char AynLeft = '\u02BF', HamzaRight = '\u02BE', AynTurned = '\u02BB', HamzaApostrophe = '\u02BC';

    public static string Fold(string word)
    {
        StringBuilder? folded = null;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var isMark = c is AynLeft or HamzaRight or AynTurned or HamzaApostrophe
                || (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
            if (!isMark && (c < '\u00C0' || c >= Map.Length || Map[c] == '\0'))
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

    private static char[] Build()
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
        var map = new char[0x260];
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
