using System.Text.RegularExpressions;

namespace CorpusPortal.Corpus.Alignment;

/// <summary>
/// Cuts a paragraph into sentences: after . ! ? (and a closing quote) when the next word starts with a capital
/// letter, a digit or a quote; not after common abbreviations (vb., s., Dr., Prof., e.g.) or a single initial.
/// Returns the sentences as ranges of the original text, so nothing of it is lost or changed.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "vb", "vs", "bkz", "Dr", "Prof", "Doç", "Yrd", "s", "ss", "No", "yy", "Mr", "Mrs", "Ms", "St", "e.g", "i.e", "etc", "cf", "vol", "pp", "p",
    };

    public static List<(int Start, int Length)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        foreach (Match end in Boundary().Matches(text))
        {
            var cut = end.Index + end.Length;
            var word = LastWord(text, end.Index);
            if (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])))
            {
                continue;
            }
            Add(sentences, text, start, cut);
            start = cut;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static void Add(List<(int, int)> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add((start, end - start));
        }
    }

    private static string LastWord(string text, int end)
    {
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }
        return text[start..end];
    }

    // A sentence end: . ! or ? (maybe with a closing quote or parenthesis), white space, then a capital, digit or quote.
    // Starts only at the first of a run of stops, so a long run is scanned once, not once per character.
    [GeneratedRegex(@"(?<![.!?])[.!?]+[”""’)]?(?=\s+[\p{Lu}\d“""‘(])", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Boundary();
}
