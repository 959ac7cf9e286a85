using System.Globalization;
using System.Text;

namespace CorpusPortal.Web.Concordance;

/// <summary>
/// A concordance as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read Turkish letters): one row per
/// line, the document by its title, year and address, the left context, the match, the right context, and the
/// aligned sentence of a paired abstract.
/// </summary>
public static class ConcordanceCsv
{
    public static readonly string[] Columns =
        ["n", "left", "match", "right", "language", "title", "year", "section", "paragraph", "url", "aligned_language", "aligned_sentence"];

    public static byte[] Write(IEnumerable<ConcordanceLine> lines, string portalBase)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns).Append("\r\n");
        var n = 0;
        foreach (var line in lines)
        {
            string[] row =
            [
                (++n).ToString(CultureInfo.InvariantCulture), line.Left, line.Match, line.Right, line.Language, line.Title,
                line.Year?.ToString(CultureInfo.InvariantCulture) ?? "", line.SectionTitle, line.Anchor,
                $"{portalBase.TrimEnd('/')}/documents/{line.Document}#{line.Anchor}", line.Counterpart?.Language ?? "", line.Counterpart?.Text ?? "",
            ];
            csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>
    /// A field quoted when it holds a comma, a quote or a line break; a field a spreadsheet would take for a formula
    /// (=, +, -, @ first) gets a leading apostrophe.
    /// </summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
