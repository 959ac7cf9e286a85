using System.Text.RegularExpressions;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Ingestion.Headings;

/// <summary>
/// A keywords line: <c>Anahtar Kelimeler: Türkiye, Azerbaycan, Sovyet Rusya, Kafkasya.</c> or
/// <c>Keywords: …</c> (also the Azerbaijani <c>Açar sözlər</c> and the Russian <c>Ключевые слова</c>). Terms are separated by commas or semicolons; the final period is not part of the last term.
/// </summary>
internal static partial class KeywordsLine
{
    public static (string Label, string Language, int TermsStart)? Match(string content)
    {
        var match = Label().Match(content);
        if (!match.Success)
        {
            return null;
        }
        var label = match.Groups["label"].Value;
        var language = label[0] switch
        {
            'A' when label.StartsWith("Anahtar", StringComparison.OrdinalIgnoreCase) => Languages.Turkish,
            'A' => Languages.Azerbaijani,
            'К' => Languages.Russian,
            _ => Languages.English,
        };
        return (label, language, match.Length);
    }

    public static IReadOnlyList<string> Terms(string text) =>
        text.TrimEnd().TrimEnd('.').Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length > 0)
            .ToList();

    [GeneratedRegex(@"^(?<label>Anahtar [Kk]elimeler|ANAHTAR KELİMELER|Anahtar [Ss]özcükler|Açar [Ss]özlər|AÇAR SÖZLƏR|Keywords|KEYWORDS|Key [Ww]ords|Ключевые слова|КЛЮЧЕВЫЕ СЛОВА)\s*:\s*", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Label();
}
