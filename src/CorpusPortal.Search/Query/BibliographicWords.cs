using CorpusPortal.Search.Analysis;
using CorpusPortal.Text;

namespace CorpusPortal.Search.Query;

/// <summary>
/// The words of a document's authors, titles and keywords as the <c>author:</c>, <c>title:</c> and <c>keyword:</c>
/// filters compare them: lowercased by Turkish rules and folded, so <c>author:ozturk</c> finds Öztürk and
/// <c>title:savas</c> finds “Savaşı” (a filter matches the beginning of a word).
/// </summary>
public static class BibliographicWords
{
    public static IEnumerable<string> Of(string text) => WordTokenizer.Tokenize(text)
        .Select(token => Key(token.Text))
        .Where(word => word.Length > 0)
        .Distinct(StringComparer.Ordinal);

    /// <summary>One word in its compared form.</summary>
    public static string Key(string word) => Folding.Fold(TurkishCasing.ToLowerTurkish(Apostrophes.CutTurkish(word)));
}
