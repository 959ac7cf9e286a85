using System.Text.RegularExpressions;
using CorpusPortal.Model.Citations;

namespace CorpusPortal.Analysis.Citations.Bibliographic;

/// <summary>
/// Reads the works a footnote cites, one entry per semicolon-separated part:
/// <c>Sevilay Yıldırım, “Title”, Container, …, 2020, s. 5.</c> (authors before the quoted title),
/// <c>Esat Uras, Title, Publisher, İstanbul 1987, s. 623- 624.</c> (the title is the second part),
/// <c>Murteza Hasanoğlu - Asim Memmedov - …</c> (several authors), and the back-references
/// <c>El-Shagel, a.g.e., s. 6.</c> / <c>a.g.m.</c> (the work named before) and <c>A.e., s. 100.</c> (ibid.).
/// A lead-in ending in a colon (<c>… için bakınız:</c>, <c>See:</c>) is not part of the entry.
/// </summary>
internal static partial class FootnoteEntryParser
{
    public static IEnumerable<BibliographicCitation> Parse(int footnoteNumber, TextSource source)
    {
        foreach (var (whole, wholeLength) in Entries(source.Text))
        {
            var (offset, length) = WithoutLeadIn(source.Text, whole, wholeLength);
            var entry = source.Text.Substring(offset, length);
            var citation = Entry(footnoteNumber, entry);
            if (citation is not null)
            {
                yield return citation with { Raw = entry, Location = source.Locate(offset, length) };
            }
        }
    }

    /// <summary>The entry after a lead-in that ends in a colon and a space, when a capital letter follows it.</summary>
    private static (int Offset, int Length) WithoutLeadIn(string text, int offset, int length)
    {
        var entry = text.AsSpan(offset, length);
        var colon = entry.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 || entry[..colon].Contains('“') || entry[..colon].Contains(',') || colon + 2 >= entry.Length || !char.IsUpper(entry[colon + 2]))
        {
            return (offset, length);
        }
        return (offset + colon + 2, length - colon - 2);
    }

    private static BibliographicCitation? Entry(int number, string entry)
    {
        var pages = Pages().Match(entry) is { Success: true } p ? p.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal) : null;
        if (SameWork().IsMatch(entry))
        {
            return Make(number, [], null, null, pages, BackReference.SameWork);
        }
        if (NamedWork().Match(entry) is { Success: true } named)
        {
            var year = Year().Match(entry[named.Length..]) is { Success: true } y ? y.Value : null;
            return Make(number, SplitAuthors(named.Groups["who"].Value), null, year, pages, BackReference.NamedWork);
        }
        var parts = TopLevelParts(entry);
        if (parts.Count < 2 || !char.IsUpper(parts[0].TrimStart()[0]))
        {
            return null;
        }
        var titleIndex = parts.FindIndex(p => p.TrimStart().StartsWith('“') || p.TrimStart().StartsWith('"'));
        var authorParts = titleIndex > 0 ? parts.Take(titleIndex) : parts.Take(1);
        var title = titleIndex > 0 ? parts[titleIndex].Trim().Trim('“', '”', '"') : parts[1].Trim();
        var authors = authorParts.SelectMany(SplitAuthors).ToList();
        var rest = string.Join(",", parts.Skip(titleIndex > 0 ? titleIndex + 1 : 2));
        var years = Year().Matches(rest);
        return Make(number, authors, title, years.Count > 0 ? years[^1].Value : null, pages, BackReference.None);
    }

    private static BibliographicCitation Make(int number, IReadOnlyList<string> authors, string? title, string? year, string? pages, BackReference reference) => new()
    {
        FootnoteNumber = number,
        Authors = authors,
        Title = title,
        Year = year,
        Pages = pages,
        BackReference = reference,
        Raw = "",
        Location = default,
    };

    public static IReadOnlyList<string> SplitAuthors(string authors) =>
        authors.Split(" - ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => EtAl().Replace(a, "").Trim())
            .Where(a => a.Length > 0)
            .ToList();

    /// <summary>The entries of a footnote: parts separated by semicolons outside quotation marks.</summary>
    private static IEnumerable<(int Offset, int Length)> Entries(string text)
    {
        var quoted = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                quoted = text[i] switch { '“' => true, '”' => false, _ => quoted };
                if (text[i] != ';' || quoted)
                {
                    continue;
                }
            }
            var segment = text[start..i];
            var lead = segment.Length - segment.TrimStart().Length;
            var trimmed = segment.Trim();
            if (trimmed.Length > 0)
            {
                yield return (start + lead, trimmed.Length);
            }
            start = i + 1;
        }
    }

    private static List<string> TopLevelParts(string entry)
    {
        var parts = new List<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < entry.Length; i++)
        {
            quoted = entry[i] switch { '“' => true, '”' => false, _ => quoted };
            if (entry[i] == ',' && !quoted)
            {
                parts.Add(entry[start..i]);
                start = i + 1;
            }
        }
        parts.Add(entry[start..]);
        return parts.Where(p => p.Trim().Length > 0).ToList();
    }

    // Case is ignored the invariant way, whatever the machine's culture: there I and ı, İ and i are not each other's
    // capitals, so the capital spellings are written out.
    [GeneratedRegex(@"^(?:A\.\s?e\.|Aynı eser|AYNI ESER|Ibid\.?|İbid\.?|İBİD\.?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex SameWork();

    [GeneratedRegex(@"^(?<who>[^,“]+?),\s*(?:a\.\s?g\.\s?[em]\.|age\.|agm\.|op\. ?cit\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex NamedWork();

    [GeneratedRegex(@"\b(?:s|ss|p|pp)\.\s*(\d+(?:\s*[-–]\s*\d+)?)", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Pages();

    [GeneratedRegex(@"(?<![\d./])(?:1[5-9]|20)\d\d(?![\d./])", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Year();

    [GeneratedRegex(@"\s*(?:vd\.|et al\.)$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex EtAl();
}
