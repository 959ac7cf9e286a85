using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Analysis.Citations.Archival;

/// <summary>
/// Points at archival citations that are probably mistyped — a warning, never a silent fix:
/// the same unit and date cited under two fonds codes (001 cites <c>30-18-2/ 715-318-2</c> three times and
/// <c>30-18-1-2/715-318-2</c> once), and the same unit cited with two dates.
/// </summary>
internal static class ArchivalChecks
{
    public static IEnumerable<ImportWarning> Check(IReadOnlyList<ArchivalCitation> citations)
    {
        var fondsUse = citations.GroupBy(c => (c.Archive, c.Fonds)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var group in citations.Where(c => c.Date is not null).GroupBy(c => (c.Archive, c.Unit, c.Date)))
        {
            var byFonds = group.GroupBy(c => c.Fonds, StringComparer.Ordinal).ToList();
            if (byFonds.Count < 2)
            {
                continue;
            }
            var likely = byFonds.MaxBy(g => fondsUse[(group.Key.Archive, g.Key)])!.Key;
            foreach (var odd in byFonds.Where(g => g.Key != likely))
            {
                var lines = string.Join(", ", odd.Select(c => c.Location.Span.Start.Line));
                yield return new ImportWarning(
                    "archival-probable-typo",
                    $"{group.Key.Archive} {odd.Key}/{group.Key.Unit} ({odd.Count()}× at lines {lines}) is probably {group.Key.Archive} {likely}/{group.Key.Unit}: same unit and date ({group.Key.Date}), and fonds {likely} is cited {fondsUse[(group.Key.Archive, likely)]} times in this document",
                    odd.First().Location.Span.Start.Line);
            }
        }
        foreach (var unit in citations.Where(c => c.Date is not null).GroupBy(c => c.Key, StringComparer.Ordinal))
        {
            var dates = unit.Select(c => c.Date!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (dates.Count > 1)
            {
                var places = string.Join("; ", unit.GroupBy(c => c.Date, StringComparer.Ordinal)
                    .Select(g => $"{g.Key} at line{(g.Count() > 1 ? "s" : "")} {string.Join(", ", g.Select(c => c.Location.Span.Start.Line))}"));
                yield return new ImportWarning("archival-date-mismatch", $"{unit.Key} is cited with {dates.Count} dates: {places}", unit.First().Location.Span.Start.Line);
            }
        }
    }
}
