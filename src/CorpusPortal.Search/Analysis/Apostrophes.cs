namespace CorpusPortal.Search.Analysis;

/// <summary>
/// Apostrophes in words. Turkish writes one between a proper name and its suffixes (<c>Türkiye’nin</c>): the word
/// is cut there, as Lucene's ApostropheFilter does. English possessives lose their <c>'s</c>. The marks used for
/// an apostrophe (<c>' ’ ʼ ‘ ´ `</c>) are all read as one.
/// </summary>
public static class Apostrophes
{
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘' or '´' or '`';

    /// <summary>The word before its first apostrophe (the whole word when it has none).</summary>
    public static string CutTurkish(string word)
    {
        var at = word.AsSpan().IndexOfAny("'’ʼ‘´`");
        return at < 0 ? word : word[..at];
    }

    /// <summary>Drops an English possessive ending (<c>Azerbaijan's</c> → <c>Azerbaijan</c>) and writes other apostrophes as <c>'</c>.</summary>
    public static string TrimEnglishPossessive(string word)
    {
        if (word.Length > 2 && IsApostrophe(word[^2]) && word[^1] is 's' or 'S')
        {
            word = word[..^2];
        }
        return word.AsSpan().IndexOfAny("’ʼ‘´`") < 0 ? word : string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                span[i] = IsApostrophe(w[i]) ? '\'' : w[i];
            }
        });
    }
}
