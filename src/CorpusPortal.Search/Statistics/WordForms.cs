using System.Text;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Text;

namespace CorpusPortal.Search.Statistics;

/// <summary>
/// The words a corpus linguist counts: every word of a text, stop words included, in its printed form lowercased by
/// its language's rules (Turkish: <c>I</c> → <c>ı</c>, <c>İ</c> → <c>i</c>) with every apostrophe written <c>'</c>, so
/// <c>Türkiye’nin</c> and <c>Türkiye'nin</c> are one form; and each form's stem (the search's stemmer; a stop word
/// is its own stem; a proper name's suffix after the apostrophe is cut: <c>türkiye'nin</c> → <c>türkiye</c>).
/// </summary>
public static class WordForms
{
    public static IEnumerable<string> Of(string text, bool turkish)
    {
        foreach (var (start, end) in WordTokenizer.Ranges(text))
        {
            yield return Form(text.AsSpan(start, end - start), turkish);
        }
    }

    public static string Form(ReadOnlySpan<char> word, bool turkish)
    {
        var lowered = turkish ? TurkishCasing.ToLowerTurkish(word.ToString()) : TurkishCasing.ToLowerEnglish(word.ToString());
        if (!lowered.Any(Apostrophes.IsApostrophe))
        {
            return lowered;
        }
        var normal = new StringBuilder(lowered.Length);
        foreach (var c in lowered)
        {
            normal.Append(Apostrophes.IsApostrophe(c) ? '\'' : c);
        }
        return normal.ToString();
    }

    /// <summary>True for a stop word (<c>ve</c>, <c>the</c>): counted here, but no search finds it.</summary>
    public static bool IsStopWord(string form, bool turkish) =>
        (turkish ? WordList.TurkishStopWords : WordList.EnglishStopWords).Contains(form);

    /// <summary>The stem of a form, as the search stems it; a stop word, or a form the stemmer leaves nothing of, is its own stem.</summary>
    public static string Stem(string form, bool turkish, TextAnalyzer analyzer) =>
        analyzer.AnalyzeWord(form, turkish)?.Stem ?? (turkish ? Apostrophes.CutTurkish(form) : Apostrophes.TrimEnglishPossessive(form)) switch
        {
            { Length: > 0 } cut => cut,
            _ => form,
        };
}
