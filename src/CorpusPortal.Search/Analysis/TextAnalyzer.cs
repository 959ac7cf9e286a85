using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Analysis.Stemming;
using CorpusPortal.Text;

namespace CorpusPortal.Search.Analysis;

/// <summary>
/// The analysis chain, shaped like Lucene's: tokenizer → apostrophes → lowercasing → stop words → stemmer
/// (skipped for protected words) → folding, each step by the language of the text. Turkish: apostrophe cut,
/// Turkish lowercasing, Turkish stop words, Snowball Turkish. English (and any other language): possessive
/// cut, invariant lowercasing, English stop words, Porter2. Not thread-safe (the Turkish stemmer keeps state):
/// one analyzer per thread.
/// </summary>
public sealed class TextAnalyzer(WordList protectedWords)
{
    /// <summary>
    /// Words repeat (Zipf): each distinct word, as printed, is analysed once and looked up by its characters after
    /// that, without making a string. Bounded, so a huge corpus cannot grow it without end.
    /// </summary>
    private const int WordCacheLimit = 200_000;

    private readonly TurkishStemmer _turkish = new();
    private readonly WordCache _turkishWords = new();
    private readonly WordCache _englishWords = new();
    private readonly Dictionary<string, (string Stem, string Folded)> _turkishForms = new(1024, StringComparer.Ordinal);
    private readonly Dictionary<string, (string Stem, string Folded)> _englishForms = new(1024, StringComparer.Ordinal);

    public TextAnalyzer()
        : this(WordList.Empty)
    {
    }

    public WordList ProtectedWords { get; } = protectedWords;

    public List<AnalyzedToken> Analyze(string text, string language)
    {
        var turkish = IsTurkish(language);
        var cache = turkish ? _turkishWords : _englishWords;
        var result = new List<AnalyzedToken>(text.Length / 7 + 4);
        foreach (var (start, end) in WordTokenizer.Ranges(text))
        {
            var span = text.AsSpan(start, end - start);
            if (!cache.Lookup.TryGetValue(span, out var word))
            {
                var printed = span.ToString();
                word = AnalyzeWord(printed, turkish);
                if (cache.Words.Count >= WordCacheLimit)
                {
                    cache.Words.Clear();
                }
                cache.Words[printed] = word;
            }
            if (word is { } analysed)
            {
                result.Add(analysed with { Start = start, End = end });
            }
        }
        return result;
    }

    /// <summary>One word (no tokenizing), or null when it is a stop word or nothing is left of it.</summary>
    public AnalyzedToken? AnalyzeWord(string word, bool turkish)
    {
        var exact = turkish
            ? TurkishCasing.ToLowerTurkish(Apostrophes.CutTurkish(word))
            : TurkishCasing.ToLowerEnglish(Apostrophes.TrimEnglishPossessive(word));
        if (exact.Length == 0 || (turkish ? WordList.TurkishStopWords : WordList.EnglishStopWords).Contains(exact))
        {
            return null;
        }
        // Printed forms differ (Türkiye’nin, Türkiye’de, türkiye) where the exact form is one: stem and fold it once.
        var forms = turkish ? _turkishForms : _englishForms;
        if (!forms.TryGetValue(exact, out var derived))
        {
            var stem = ProtectedWords.Contains(exact) || !char.IsLetter(exact[0])
                ? exact
                : turkish ? _turkish.Stem(exact) : EnglishStemmer.Stem(exact);
            derived = (stem, Folding.Fold(exact));
            if (forms.Count >= WordCacheLimit)
            {
                forms.Clear();
            }
            forms[exact] = derived;
        }
        return new AnalyzedToken(exact, derived.Stem, derived.Folded, 0, 0);
    }

    /// <summary>Turkish and Azerbaijani (whose letters and suffixes are close enough) take the Turkish chain.</summary>
    public static bool IsTurkish(string language) => language is Languages.Turkish or Languages.Azerbaijani;

    /// <summary>Analysed words by their printed form, with a lookup by characters.</summary>
    private sealed class WordCache
    {
        public WordCache() => Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

        public Dictionary<string, AnalyzedToken?> Words { get; } = new(1024, StringComparer.Ordinal);

        public Dictionary<string, AnalyzedToken?>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
