using System.Text.RegularExpressions;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Ingestion.Headings;

/// <summary>
/// Recognises headings: the abstract labels (<c>Öz</c>, <c>ÖZ</c>, <c>Abstract</c>, <c>Extended Abstract</c>, the
/// Azerbaijani <c>Xülasə</c>, the Russian <c>Аннотация</c>),
/// numbered headings (<c>2. Azerbaycan-Türkiye İlişkilerinin Tarihsel Arka Planı</c>) and unnumbered ones
/// (<c>Giriş</c>, <c>Sonuç, Tartışma ve Öneriler</c>): one short line that starts with a capital letter and does
/// not end like a sentence.
/// </summary>
internal static partial class HeadingRecognizer
{
    private const int MaxHeadingLength = 140;

    /// <summary>The digits a note's marker may be printed in.</summary>
    private static readonly char[] MarkerDigits = "0123456789⁰¹²³⁴⁵⁶⁷⁸⁹".ToCharArray();
    private const int MaxHeadingWords = 16;

    /// <summary>An abstract label standing alone on a line, or null.</summary>
    public static Heading? Label(string line)
    {
        var text = line.Trim().TrimEnd(':').Trim();
        return text switch
        {
            "Öz" or "ÖZ" or "Özet" or "ÖZET" => new Heading(HeadingKind.Abstract, Languages.Turkish, null, text),
            "Abstract" or "ABSTRACT" or "Summary" or "SUMMARY" => new Heading(HeadingKind.Abstract, Languages.English, null, text),
            "Extended Abstract" or "EXTENDED ABSTRACT" => new Heading(HeadingKind.ExtendedAbstract, Languages.English, null, text),
            "Genişletilmiş Özet" or "GENİŞLETİLMİŞ ÖZET" => new Heading(HeadingKind.ExtendedAbstract, Languages.Turkish, null, text),
            "Xülasə" or "XÜLASƏ" => new Heading(HeadingKind.Abstract, Languages.Azerbaijani, null, text),
            "Аннотация" or "АННОТАЦИЯ" or "Резюме" or "РЕЗЮМЕ" => new Heading(HeadingKind.Abstract, Languages.Russian, null, text),
            _ => null,
        };
    }

    /// <summary>A section heading, numbered or not, or null when the line reads as text.</summary>
    public static Heading? Section(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxHeadingLength || EndsLikeSentence(text))
        {
            return null;
        }
        var numbered = Numbered().Match(text);
        if (numbered.Success)
        {
            var title = numbered.Groups["title"].Value.Trim();
            return WordCount(title) <= MaxHeadingWords ? new Heading(HeadingKind.Section, null, numbered.Groups["n"].Value, title) : null;
        }
        if (!char.IsUpper(text[0]) || WordCount(text) > MaxHeadingWords / 2 + 4 || text.Contains('“', StringComparison.Ordinal))
        {
            return null;
        }
        return new Heading(HeadingKind.Section, null, null, text);
    }

    /// <summary>Ends like a sentence, also when a note's marker follows its last mark (<c>açılmıştır.1</c>, <c>açılmıştır.¹</c>).</summary>
    private static bool EndsLikeSentence(string text)
    {
        var end = text.TrimEnd(MarkerDigits);
        // Digits after the last mark: none, or a marker of at most three (a longer number ends no sentence).
        var marker = text.Length - end.Length;
        if (end.Length == 0 || marker > 3)
        {
            return false;
        }
        return (end[^1] is '.' or ',' or ';' or ':' or '-' or ')' && !end.EndsWith("...", StringComparison.Ordinal))
            || (marker > 0 && end[^1] is '!' or '?' or '”' or '"');
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // "2. Title", "2.1. Title", "2.1 Title"; the title starts with a capital letter.
    [GeneratedRegex(@"^(?<n>[1-9][0-9]?(?:\.[0-9]{1,2})*)\.?\s+(?<title>\p{Lu}.*)$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Numbered();
}
