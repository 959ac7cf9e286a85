using System.Buffers;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Ingestion.LanguageDetection;

/// <summary>
/// Tells Turkish, English and Azerbaijani apart by their letters and most frequent words, and Russian by its
/// Cyrillic letters. Enough for the passages of a paper (a paragraph, a title, a quoted source); an editor corrects
/// what it gets wrong.
/// </summary>
public static class LanguageGuesser
{
    private static readonly HashSet<string> TurkishWords = new(StringComparer.Ordinal)
    {
        "ve", "bir", "bu", "ile", "için", "da", "de", "olarak", "olan", "daha", "çok", "gibi", "kadar", "ise",
        "sonra", "arasında", "iki", "her", "ilk", "üzere", "göre", "olduğu", "ancak", "yılında", "tarafından",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "in", "a", "is", "was", "that", "for", "with", "as", "by", "on", "are", "it",
        "from", "which", "has", "have", "were", "this", "an", "be", "its", "their",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Turkish = TurkishWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> English = EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly SearchValues<char> Separators = SearchValues.Create(" \t\n\r\f\u00A0");
    private static readonly SearchValues<char> Punctuation = SearchValues.Create(".,;:()“”\"'’?!");

    public static string Guess(string text)
    {
        int turkish = 0, english = 0, schwa = 0, cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is 'ı' or 'ğ' or 'ş' or 'İ' or 'Ğ' or 'Ş')
            {
                turkish++;
            }
            else if (c is 'ə' or 'Ə')
            {
                schwa++;
            }
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }
        if (cyrillic > 0 && cyrillic > latin)
        {
            return Languages.Russian;
        }
        Span<char> lower = stackalloc char[16];
        foreach (var range in text.AsSpan().SplitAny(Separators))
        {
            // Trimmed with SearchValues: Trim(string) builds its character set again on every call.
            var word = text.AsSpan(range);
            var first = word.IndexOfAnyExcept(Punctuation);
            if (first < 0)
            {
                continue;
            }
            word = word[first..(word.LastIndexOfAnyExcept(Punctuation) + 1)];
            if (Turkish.Contains(word))
            {
                turkish += 2;
            }
            else if (English.Contains(word))
            {
                english += 2;
            }
            else if (word[0] is >= 'A' and <= 'Z' && word.Length <= lower.Length)
            {
                // "The", "In": the list is lower case.
                word.CopyTo(lower);
                lower[0] = (char)(word[0] + 32);
                english += English.Contains(lower[..word.Length]) ? 2 : 0;
            }
        }
        if (schwa > 0 && schwa * 3 >= turkish)
        {
            return Languages.Azerbaijani;
        }
        if (turkish == 0 && english == 0)
        {
            return Languages.Unknown;
        }
        return turkish >= english ? Languages.Turkish : Languages.English;
    }
}
