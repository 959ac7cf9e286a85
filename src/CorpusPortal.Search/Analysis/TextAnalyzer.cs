using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Analysis.Stemming;

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
    /// <summary>Words repeat (Zipf): each distinct word is stemmed once. Bounded, so a huge corpus cannot grow it without end.</summary>
    private const int StemCacheLimit = 200_000;

    private readonly TurkishStemmer _turkish = new();
    private readonly Dictionary<string, string> _turkishStems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _englishStems = new(StringComparer.Ordinal);

    public TextAnalyzer()
        : this(WordList.Empty)
    {
    }

    public WordList ProtectedWords { get; } = protectedWords;

    public List<AnalyzedToken> Analyze(string text, string language)
    {
        var turkish = IsTurkish(language);
        var result = new List<AnalyzedToken>();
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (AnalyzeWord(token.Text, turkish) is { } word)
            {
                result.Add(word with { Start = token.Start, End = token.End });
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
        var stem = ProtectedWords.Contains(exact) || !char.IsLetter(exact[0]) ? exact : Stem(exact, turkish);
        return new AnalyzedToken(exact, stem, Folding.Fold(exact), 0, 0);
    }

    private string Stem(string word, bool turkish)
    {
        var cache = turkish ? _turkishStems : _englishStems;
        if (cache.TryGetValue(word, out var stem))
        {
            return stem;
        }
        stem = turkish ? _turkish.Stem(word) : EnglishStemmer.Stem(word);
        if (cache.Count >= StemCacheLimit)
        {
            cache.Clear();
        }
        cache[word] = stem;
        return stem;
    }

    /// <summary>Turkish and Azerbaijani (whose letters and suffixes are close enough) take the Turkish chain.</summary>
    public static bool IsTurkish(string language) => language is Languages.Turkish or Languages.Azerbaijani;
}
