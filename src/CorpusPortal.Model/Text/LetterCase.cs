namespace CorpusPortal.Model.Text;

/// <summary>
/// Lower case by a language's rules, never the machine's culture: in Turkish (and Azerbaijani) <c>I</c> is <c>ı</c>
/// and <c>İ</c> is <c>i</c>; in other languages <c>I</c> is <c>i</c>. For derived forms only (a surname printed in
/// capitals, a month's name to look up); the text itself is kept as written.
/// </summary>
public static class LetterCase
{
    public static char Lower(char c, bool turkish) => c switch
    {
        'I' => turkish ? 'ı' : 'i',
        'İ' => 'i',
        _ => char.ToLowerInvariant(c),
    };

    public static string Lower(string text, bool turkish) => string.Create(text.Length, (text, turkish), static (span, state) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Lower(state.text[i], state.turkish);
        }
    });

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
