using System.Text.RegularExpressions;
using CorpusPortal.Text;

namespace CorpusPortal.Ingestion.Header;

/// <summary>
/// The line of a header that places the paper in its journal: <c>Karadeniz Araştırmaları • Bahar 2021 • Sayı 69 •
/// s. 123-145</c>, <c>Cilt: 5, Sayı: 2, ss. 12-34</c>, <c>Journal of Caucasian Studies, Vol. 5, No. 2, pp. 12-34</c>,
/// <c>Karadeniz Araştırmaları, 18(70), 123-145</c>, the Azerbaijani <c>Cild 3, Say 2</c>, the Russian <c>Т. 5, № 2</c>;
/// or a journal's name alone (<c>… Dergisi</c>, <c>Journal of …</c>).
/// </summary>
internal static partial class JournalLine
{
    public sealed record Reading(string? Container, string? Volume, string? Issue, string? Pages, int? Year, bool Whole);

    public static Reading? Read(string line)
    {
        if (Apa().Match(line) is { Success: true } apa)
        {
            var rest = line.Remove(apa.Index, apa.Length);
            return new Reading(apa.Groups["container"].Value.Trim(), apa.Groups["vol"].Value, apa.Groups["iss"].Value, Dash(apa.Groups["pages"].Value), null, IsEmpty(rest));
        }
        var volume = Volume().Match(line);
        var issue = Issue().Match(line);
        var pages = Pages().Match(line);
        var found = new[] { volume, issue, pages }.Where(m => m.Success).ToList();
        var first = found.Count == 0 ? -1 : found.Min(m => m.Index);
        // The name is what comes before the first part, up to a separator: "Karadeniz Araştırmaları • Bahar 2021 • Cilt 18".
        var container = first > 0 ? line[..first].Split('•', '|')[0].Trim().TrimEnd(',', ';', '-', '–', ' ') : null;
        if (container is not null && container.Count(char.IsLetter) < 3)
        {
            container = null;
        }
        if (found.Count == 0)
        {
            return JournalName().IsMatch(line) && !line.TrimEnd().EndsWith('.') && line.Length <= 120
                ? new Reading(line.Trim(), null, null, null, null, true)
                : null;
        }
        if (found.Count < 2 && container is null)
        {
            return null;
        }
        var year = YearIn().Match(line) is { Success: true } y ? int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var left = line;
        foreach (var part in found.Select(m => m.Value).Append(container ?? "").Where(p => p.Length > 0))
        {
            left = left.Replace(part, " ", StringComparison.Ordinal);
        }
        left = Season().Replace(YearIn().Replace(left, " "), " ");
        return new Reading(container,
            volume.Success ? volume.Groups["n"].Value : null,
            issue.Success ? issue.Groups["n"].Value : null,
            pages.Success ? Dash(pages.Groups["n"].Value) : null,
            year, IsEmpty(left));
    }

    private static string Dash(string pages) => string.Concat(pages.Where(c => !char.IsWhiteSpace(c))).Replace('–', '-');

    private static bool IsEmpty(string rest) => rest.All(c => char.IsWhiteSpace(c) || c is '•' or '|' or ',' or ';' or '-' or '–' or '(' or ')' or '/' or '.' or ':');

    [GeneratedRegex(@"(?<![\p{L}])(?:Cilt|Cild|Vol(?:ume)?\.?|C\.|Том|Т\.)\s*:?\s*(?<n>\d+)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Volume();

    [GeneratedRegex(@"(?<![\p{L}])(?:Sayı|Say|Issue|No\.?|Number|S\.|№|Вып\.)\s*:?\s*(?<n>\d+)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Issue();

    [GeneratedRegex(@"(?<![\p{L}])(?:ss?\.|pp?\.|Sayfa(?:lar)?|Pages?)\s*:?\s*(?<n>\d+\s*[-–]\s*\d+|\d+)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Pages();

    [GeneratedRegex(@"^(?<container>\p{L}[^,]{2,100}),\s*(?<vol>\d+)\s*\((?<iss>\d+)\)\s*,\s*(?<pages>\d+\s*[-–]\s*\d+)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Apa();

    [GeneratedRegex(@"\b(?:1[5-9]|20)\d{2}\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex YearIn();

    [GeneratedRegex(@"(?<![\p{L}])(?:Bahar|Güz|Yaz|Kış|Spring|Autumn|Fall|Summer|Winter)(?![\p{L}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Season();

    [GeneratedRegex(@"(?<![\p{L}])(?:Dergisi|Mecmuası|Bülteni|Yıllığı|Journal|Bulletin|Yearbook)(?![\p{L}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex JournalName();
}
