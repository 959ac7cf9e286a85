using System.Text.RegularExpressions;
using CorpusPortal.Model.Citations;

namespace CorpusPortal.Analysis.Citations.AuthorYear;

/// <summary>
/// Finds APA-style in-text citations: inside parentheses, items separated by semicolons
/// (<c>(Aslan, 1995; Tekinsoy, 2025; Ural, 2021)</c>, <c>(Kurban ve Derman, 2015)</c>, <c>(Author, 2020, s. 5)</c>),
/// skipping archival items that share the parenthesis; and narrative ones (<c>Aslanlı (2018)</c>).
/// </summary>
internal static partial class AuthorYearScanner
{
    private static readonly HashSet<string> NotAuthors = new(StringComparer.Ordinal)
    {
        "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Tablo", "Table", "Şekil", "Figure", "Bkz", "See",
    };

    public static IEnumerable<AuthorYearCitation> Scan(TextSource source)
    {
        var text = source.Text;
        foreach (var (start, end) in Parentheses(text))
        {
            var itemStart = start + 1;
            // The depth is kept as the scan goes (counting it again at every semicolon made a long list quadratic).
            var depth = 1;
            for (var i = start + 1; i <= end; i++)
            {
                if (i < end)
                {
                    var c = text[i];
                    var boundary = c == ';' && depth == 1;
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                    if (!boundary)
                    {
                        continue;
                    }
                }
                var item = text[itemStart..i];
                var leading = item.Length - item.TrimStart().Length;
                if (Item().Match(item.Trim()) is { Success: true } match && !NotAuthors.Contains(FirstWord(match.Groups["authors"].Value)))
                {
                    yield return Citation(source, itemStart + leading, item.Trim().Length, match);
                }
                itemStart = i + 1;
            }
        }
        if (!HasParenthesisedYear(text))
        {
            yield break;
        }
        foreach (Match match in Narrative().Matches(text))
        {
            if (!NotAuthors.Contains(FirstWord(match.Groups["authors"].Value)))
            {
                yield return Citation(source, match.Index, match.Length, match);
            }
        }
    }

    private static AuthorYearCitation Citation(TextSource source, int offset, int length, Match match) => new()
    {
        Authors = SplitAuthors(match.Groups["authors"].Value),
        Year = match.Groups["year"].Value,
        Page = match.Groups["page"].Success ? match.Groups["page"].Value.Replace(" ", "", StringComparison.Ordinal) : null,
        Raw = source.Text.Substring(offset, length),
        Location = source.Locate(offset, length),
    };

    public static IReadOnlyList<string> SplitAuthors(string authors) =>
        AuthorSeparator().Split(authors.Trim())
            .Select(a => EtAl().Replace(a, "").Trim())
            .Where(a => a.Length > 0)
            .ToList();

    /// <summary>Top-level parenthesised spans (start and end index of the parentheses).</summary>
    private static IEnumerable<(int Start, int End)> Parentheses(string text)
    {
        var depth = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                if (depth++ == 0)
                {
                    start = i;
                }
            }
            else if (text[i] == ')' && depth > 0 && --depth == 0)
            {
                yield return (start, i);
            }
        }
    }

    /// <summary>A cheap test before the narrative pattern: "(" right before a digit somewhere in the text.</summary>
    private static bool HasParenthesisedYear(string text)
    {
        for (var i = text.IndexOf('(', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('(', i + 1))
        {
            if (text[i + 1] is '1' or '2')
            {
                return true;
            }
        }
        return false;
    }

    private static string FirstWord(string text) => text.Trim().Split(' ', 2)[0];

    [GeneratedRegex(@"^(?<authors>\p{Lu}[^,;()\d]*?(?:\s+(?:vd\.|et al\.))?),\s*(?<year>(?:1[5-9]|20)\d\d[a-z]?)(?:\s*[,:]\s*(?:(?:s|ss|p|pp)\.\s*)?(?<page>\d+(?:\s*[-–]\s*\d+)?))?$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Item();

    [GeneratedRegex(@"(?<authors>\p{Lu}[\p{Ll}’'\-]+(?:\s+(?:ve|and|&)\s+\p{Lu}[\p{Ll}’'\-]+)?(?:\s+(?:vd\.|et al\.))?)\s+\((?<year>(?:1[5-9]|20)\d\d[a-z]?)(?:\s*[,:]\s*(?:(?:s|ss|p|pp)\.\s*)?(?<page>\d+(?:\s*[-–]\s*\d+)?))?\)", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Narrative();

    [GeneratedRegex(@"\s+(?:ve|and|&)\s+|,\s+", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex AuthorSeparator();

    [GeneratedRegex(@"\s*(?:vd\.|et al\.)$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex EtAl();
}
