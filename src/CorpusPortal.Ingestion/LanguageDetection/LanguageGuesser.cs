using CorpusPortal.Model.Documents;

namespace CorpusPortal.Ingestion.LanguageDetection;

/// <summary>
/// Tells Turkish, English and Azerbaijani apart by their letters and most frequent words. Enough for the
/// passages of a paper (a paragraph, a title); an editor corrects what it gets wrong.
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

    public static string Guess(string text)
    {
        int turkish = 0, english = 0, schwa = 0;
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
        }
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = Trim(token);
            if (TurkishWords.Contains(word))
            {
                turkish += 2;
            }
            else if (EnglishWords.Contains(word) || EnglishWords.Contains(AsciiLower(word)))
            {
                english += 2;
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

    private static string Trim(string token) => token.Trim('.', ',', ';', ':', '(', ')', '“', '”', '"', '\'', '’', '?', '!');

    private static string AsciiLower(string word) =>
        word.Length > 0 && word[0] is >= 'A' and <= 'Z' ? (char)(word[0] + 32) + word[1..] : word;
}
