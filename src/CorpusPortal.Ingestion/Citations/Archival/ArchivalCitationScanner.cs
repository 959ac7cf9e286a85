using System.Text.RegularExpressions;
using CorpusPortal.Model.Citations;

namespace CorpusPortal.Ingestion.Citations.Archival;

/// <summary>
/// Finds archival citations in every form the corpus uses:
/// <c>BCA. 30-18-1-2/669-133-4, 05.01.1991</c>, <c>BCA, 30-…</c>, <c>30-18-1-2/ 676-160-5</c>,
/// the long form <c>… Cumhuriyet Arşivi (BCA). 30-18-1-2/669-133-4, 05.01.1991</c>,
/// the table-source form <c>[BCA] (1991, 24 Haziran) 30-18-1-2/654-61-6</c>,
/// and TDA <c>571/35868-141642-2, 26.09.1960</c>. Fonds and unit are normalised to hyphens without spaces
/// (<c>BCA 30.18.1.2/681.182.10</c> is <c>30-18-1-2/681-182-10</c>).
/// </summary>
internal static partial class ArchivalCitationScanner
{
    private static readonly Dictionary<string, string> ArchiveNames = new(StringComparer.Ordinal)
    {
        ["BCA"] = "Cumhurbaşkanlığı Devlet Arşivleri, Cumhuriyet Arşivi",
        ["BOA"] = "Cumhurbaşkanlığı Devlet Arşivleri, Osmanlı Arşivi",
        ["TDA"] = "Türk Diplomatik Arşivi",
        ["ATASE"] = "Genelkurmay Askerî Tarih ve Stratejik Etüt Arşivi",
        ["TBMM"] = "Türkiye Büyük Millet Meclisi Arşivi",
    };

    public static IReadOnlyDictionary<string, string> KnownArchives => ArchiveNames;

    public static IEnumerable<ArchivalCitation> Scan(TextSource source)
    {
        var text = source.Text;
        if (!text.Contains('/', StringComparison.Ordinal))
        {
            yield break;
        }
        foreach (Match match in Citation().Matches(text))
        {
            // The long form names the archive before its abbreviation: "… Cumhuriyet Arşivi (BCA). 30-…".
            var start = match.Groups["a1"].Success ? NameStart(text, match.Index) : match.Index;
            var archive = FirstValue(match, "a1", "a2", "a3");
            var date = match.Groups["date"].Success
                ? ArchiveDates.FromDotted(match.Groups["date"].Value)
                : match.Groups["y"].Success ? ArchiveDates.FromWords(match.Groups["y"].Value, match.Groups["d"].Value, match.Groups["m"].Value) : null;
            yield return new ArchivalCitation
            {
                Archive = archive,
                Fonds = Normalize(match.Groups["fonds"].Value),
                Unit = Normalize(match.Groups["unit"].Value),
                Date = date,
                Raw = text[start..(match.Index + match.Length)],
                Location = source.Locate(start, match.Index + match.Length - start),
            };
        }
    }

    /// <summary>The normal form of a fonds or unit code: <c>30.18.1.2</c> and <c>30-18- 1-2</c> are <c>30-18-1-2</c>.</summary>
    public static string Normalize(string code) => string.Concat(code.Where(c => !char.IsWhiteSpace(c)).Select(c => c == '.' ? '-' : c));

    /// <summary>Where the capitalised words (at most 12) right before <paramref name="index"/> begin.</summary>
    private static int NameStart(string text, int index)
    {
        var start = index;
        for (var words = 0; words < 12; words++)
        {
            var end = start;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            if (end == start)
            {
                break;
            }
            var begin = end;
            while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] is '’' or '\''))
            {
                begin--;
            }
            if (begin == end || !char.IsUpper(text[begin]) || (begin > 0 && !char.IsWhiteSpace(text[begin - 1])))
            {
                break;
            }
            start = begin;
        }
        return start;
    }

    private static string FirstValue(Match match, params string[] groups) =>
        groups.Select(g => match.Groups[g]).First(g => g.Success).Value;

    [GeneratedRegex(@"(?:\((?<a1>[A-ZÇĞİÖŞÜ]{2,6})\)\.?|\[(?<a2>[A-ZÇĞİÖŞÜ]{2,6})\](?:\s*\((?<y>\d{4}),\s*(?<d>\d{1,2})\s+(?<m>\p{L}+)\))?)\s*(?<fonds>\d+(?:\s?[-.]\s?\d+)*)\s*/\s*(?<unit>\d+(?:\s?[-.]\s?\d+)*)(?:\s*,\s*(?<date>\d{1,2}\.\d{1,2}\.\d{4}))?|\b(?<a3>[A-ZÇĞİÖŞÜ]{2,6})[.,:]?\s*(?<fonds>\d+(?:\s?[-.]\s?\d+)*)\s*/\s*(?<unit>\d+(?:\s?[-.]\s?\d+)*)(?:\s*,\s*(?<date>\d{1,2}\.\d{1,2}\.\d{4}))?", RegexOptions.None, CorpusPortal.Model.Text.RegexBudget.Milliseconds)]
    private static partial Regex Citation();
}
