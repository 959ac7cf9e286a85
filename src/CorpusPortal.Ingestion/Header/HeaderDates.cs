using System.Globalization;
using System.Text.RegularExpressions;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Text;

namespace CorpusPortal.Ingestion.Header;

/// <summary>Which date of a paper's history a header line gives.</summary>
internal enum HeaderDateKind
{
    Received,
    Accepted,
    Published,
}

/// <summary>
/// The dated steps of a paper as its header prints them, in Turkish or English, one or several to a line:
/// <c>Geliş Tarihi: 12.01.2021</c>, <c>Kabul Tarihi / Accepted: 15 Mart 2021</c>, <c>Received: January 12, 2021</c>.
/// </summary>
internal static partial class HeaderDates
{
    private static readonly string[] TurkishMonths = ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"];
    private static readonly string[] EnglishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The dates on a line, and whether the line holds nothing else (its labels and separators aside).</summary>
    public static (List<(HeaderDateKind Kind, PartialDate Date)> Dates, bool Whole) Read(string line)
    {
        var dates = new List<(HeaderDateKind, PartialDate)>();
        var rest = line;
        foreach (Match match in Labelled().Matches(line))
        {
            if (Parse(match.Groups["date"].Value) is { } date)
            {
                dates.Add((KindOf(match.Groups["labels"].Value), date));
                rest = rest.Replace(match.Value, " ", StringComparison.Ordinal);
            }
        }
        return (dates, dates.Count > 0 && rest.All(c => char.IsWhiteSpace(c) || c is '|' or '•' or ',' or ';' or '-' or '–' or '/' or '.'));
    }

    /// <summary><c>12.01.2021</c>, <c>12/01/2021</c>, <c>2021-01-12</c>, <c>12 Ocak 2021</c>, <c>12 January 2021</c>, <c>January 12, 2021</c>.</summary>
    public static PartialDate? Parse(string text)
    {
        var parts = text.Split([' ', ',', '.', '/', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3)
        {
            return null;
        }
        int? Number(string part) => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        int? Month(string part)
        {
            var word = TurkishCasing.Lower(part, turkish: true);
            var english = TurkishCasing.Lower(part, turkish: false);
            var index = Array.IndexOf(TurkishMonths, word);
            if (index < 0)
            {
                index = Array.FindIndex(EnglishMonths, m => m == english || (english.Length >= 3 && m.StartsWith(english, StringComparison.Ordinal)));
            }
            return index < 0 ? null : index + 1;
        }
        var (year, month, day) = parts switch
        {
            [var y, var m, var d] when y.Length == 4 => (Number(y), Number(m), Number(d)),
            [var d, var m, var y] when Number(d) is not null && Number(m) is not null => (Number(y), Number(m), Number(d)),
            [var d, var m, var y] when Number(d) is not null => (Number(y), Month(m), Number(d)),
            [var m, var d, var y] => (Number(y), Month(m), Number(d)),
            _ => (null, null, null),
        };
        if (year is not { } y4 || month is not { } m2 || day is not { } d2 || y4 < 1000 || m2 is < 1 or > 12 || d2 < 1 || d2 > DateTime.DaysInMonth(y4, m2))
        {
            return null;
        }
        return new PartialDate(y4, m2, d2);
    }

    private static HeaderDateKind KindOf(string labels)
    {
        var first = TurkishCasing.Lower(labels, turkish: true);
        return first.Contains("kabul", StringComparison.Ordinal) || first.Contains("accept", StringComparison.Ordinal) ? HeaderDateKind.Accepted
            : first.Contains("yay", StringComparison.Ordinal) || first.Contains("publish", StringComparison.Ordinal) ? HeaderDateKind.Published
            : HeaderDateKind.Received;
    }

    private const string Label = @"(?:Makale\s+)?(?:Geliş|Gönderim|Başvuru|Kabul|Yayı[nm]|Yayınlanma|Yayımlanma)\s+Tarihi|(?:Date\s+)?(?:Received|Submitted|Accepted|Published)(?:\s+(?:Date|Online|on))?|Date\s+of\s+(?:Submission|Acceptance|Publication)";

    [GeneratedRegex(@"(?<labels>(?:" + Label + @")(?:\s*/\s*(?:" + Label + @"))*)\s*:?\s*(?<date>\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\.?\s+\d{1,2},\s*\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Labelled();
}
