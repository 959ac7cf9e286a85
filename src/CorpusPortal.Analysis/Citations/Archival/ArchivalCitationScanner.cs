using System.Text.RegularExpressions;
using CorpusPortal.Analysis.Citations.Archival.Registry;
using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Analysis.Citations.Archival;

/// <summary>
/// Finds archival citations in the shapes the archive registry gives (<see cref="ArchiveRegistry"/>):
/// <c>BCA. 30-18-1-2/669-133-4, 05.01.1991</c>, the long form <c>… Cumhuriyet Arşivi (BCA). 30-…</c>, the table-source
/// form <c>[BCA] (1991, 24 Haziran) 30-18-1-2/654-61-6</c>, <c>BOA, HR.SYS, 2878/45</c>, <c>FO 371/12345</c> …
/// Parts are normalised so that spellings group together: numeric codes to hyphens without spaces
/// (<c>30.18.1.2</c> is <c>30-18-1-2</c>), unit parts joined with <c>/</c>, listed spellings to their value.
/// </summary>
internal static partial class ArchivalCitationScanner
{
    public static List<ArchivalCitation> Scan(TextSource source, ArchiveRegistry registry)
    {
        var text = source.Text;
        var found = new List<ArchivalCitation>();
        foreach (var archive in registry.Compiled)
        {
            if (!archive.MayOccurIn(text))
            {
                continue;
            }
            foreach (Match match in archive.Pattern.Matches(text))
            {
                found.Add(Citation(source, archive, match));
            }
        }
        // Two archives' shapes may take the same words: the one that starts first, then the longer, keeps them.
        found.Sort((a, b) => a.Location.Offset != b.Location.Offset ? a.Location.Offset.CompareTo(b.Location.Offset) : b.Location.Length.CompareTo(a.Location.Length));
        var kept = new List<ArchivalCitation>();
        foreach (var citation in found)
        {
            if (kept.Count == 0 || kept[^1].Location.Offset + kept[^1].Location.Length <= citation.Location.Offset)
            {
                kept.Add(citation);
            }
        }
        return kept;
    }

    /// <summary>
    /// Warnings for what reads like an archival reference under an abbreviation the registry does not know
    /// (<c>XYZ 12-3/45</c>): the editor adds the archive to the registry, or the words are not a citation.
    /// </summary>
    public static IEnumerable<ImportWarning> Unlisted(TextSource source, IReadOnlyList<ArchivalCitation> found, ArchiveRegistry registry)
    {
        if (!source.Text.Contains('/', StringComparison.Ordinal))
        {
            yield break;
        }
        foreach (Match match in Lookalike().Matches(source.Text))
        {
            var abbreviation = match.Groups["abbr"].Value;
            if (registry.Abbreviations.Contains(abbreviation)
                || found.Any(c => c.Location.Offset < match.Index + match.Length && match.Index < c.Location.Offset + c.Location.Length))
            {
                continue;
            }
            var line = source.Locate(match.Index, match.Length).Span.Start.Line;
            yield return new ImportWarning("archive-unlisted",
                $"'{match.Value}' reads like an archival reference, but {abbreviation} is not an archive of the registry ({ArchiveRegistry.FileName}); add it there if it is one",
                line);
        }
    }

    private static ArchivalCitation Citation(TextSource source, CompiledArchive archive, Match match)
    {
        var text = source.Text;
        // The long form names the archive before its abbreviation: "… Cumhuriyet Arşivi (BCA). 30-…".
        var start = match.Groups["long"].Success ? NameStart(text, match.Index) : match.Index;
        var date = match.Groups["date"].Success
            ? ArchiveDates.FromDotted(match.Groups["date"].Value)
            : match.Groups["y"].Success ? ArchiveDates.FromWords(match.Groups["y"].Value, match.Groups["d"].Value, match.Groups["m"].Value) : null;
        string Parts(string name, string separator) =>
            string.Join(separator, match.Groups[name].Captures.Select(c => Normalize(c.Value, archive.Spellings)));
        var folio = Parts("folio", ", ");
        return new ArchivalCitation
        {
            Archive = archive.Definition.Abbreviation,
            Fonds = Parts("fonds", " "),
            Unit = Parts("unit", "/"),
            Folio = folio.Length > 0 ? folio : null,
            Date = date,
            Raw = text[start..(match.Index + match.Length)],
            Location = source.Locate(start, match.Index + match.Length - start),
        };
    }

    /// <summary>
    /// The normal form of a part: numeric codes hyphenated without spaces (<c>30.18.1.2</c> and <c>30-18- 1-2</c> are
    /// <c>30-18-1-2</c>; <c>6–7</c> is <c>6-7</c>), a listed spelling its value, anything else with single spaces.
    /// </summary>
    public static string Normalize(string part, IReadOnlyDictionary<string, string>? spellings = null)
    {
        var spaced = CorpusPortal.Text.Spacing.Single(part);
        if (spellings is not null && spellings.TryGetValue(spaced, out var value))
        {
            return value;
        }
        return NumericCode().IsMatch(part)
            ? string.Concat(part.Where(c => !char.IsWhiteSpace(c)).Select(c => c is '.' or '–' ? '-' : c))
            : spaced;
    }

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

    [GeneratedRegex(@"^\d+[a-z]?(?:\s?[-.–]\s?\d+[a-z]?)*$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex NumericCode();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<abbr>\p{Lu}[\p{Lu}\d]{1,7})[.,:]?\s*\d+(?:\s?[-.]\s?\d+)*\s*/\s*\d+(?:\s?[-.]\s?\d+)*", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Lookalike();
}
