using System.Text.RegularExpressions;
using CorpusPortal.Analysis.Citations.Archival.Registry;
using CorpusPortal.Model.Citations;

namespace CorpusPortal.Search.Index;

/// <summary>
/// Archival units as search terms. A unit is indexed whole (<c>30-18-1-2/681-182-10</c>, <c>HR.SYS/2878/45</c>) and
/// without its fonds (<c>681-182-10</c>, <c>2878/45</c>), so either finds it; a query spelling it another way
/// (<c>BCA 30.18.1.2/681.182.10</c>, <c>30-18-1-2/ 681-182-10</c>, <c>BOA DH.MKT Dosya: 12, Gömlek: 5</c>) is brought to
/// the same form: references in any shape of the archive registry, and numeric ones without an archive's name.
/// </summary>
public static partial class ArchivalTerms
{
    public static IEnumerable<string> Forms(string unit)
    {
        yield return unit;
        var slash = unit.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && slash < unit.Length - 1)
        {
            yield return unit[(slash + 1)..];
        }
    }

    /// <summary>The normal form of something typed as a unit, or null when it does not look like one.</summary>
    public static string? Normalize(string typed)
    {
        var match = Unit().Match(typed.Trim());
        if (!match.Success)
        {
            return null;
        }
        static string Part(string part) => string.Join('-', part.Split(['-', '.', ' '], StringSplitOptions.RemoveEmptyEntries));
        return match.Groups["fonds"].Success
            ? $"{Part(match.Groups["fonds"].Value)}/{Part(match.Groups["unit"].Value)}"
            : Part(match.Groups["unit"].Value);
    }

    /// <summary>The term an archival citation is indexed under: fonds/unit, or the unit when it names no fonds.</summary>
    public static string Of(ArchivalCitation citation) =>
        citation.Fonds.Length > 0 ? $"{citation.Fonds}/{citation.Unit}" : citation.Unit;

    /// <summary>Finds units inside free text (a query, a passage): their positions and normal forms.</summary>
    public static IEnumerable<(int Start, int Length, string Unit)> Find(string text)
    {
        var found = ArchiveRegistry.Default.FindIn(text)
            .Select(c => (Start: c.Location.Offset, c.Location.Length, Unit: Of(c)))
            .ToList();
        foreach (Match match in InText().Matches(text))
        {
            if (Normalize(match.Value) is { } unit && !found.Any(f => f.Start < match.Index + match.Length && match.Index < f.Start + f.Length))
            {
                found.Add((match.Index, match.Length, unit));
            }
        }
        return found.OrderBy(f => f.Start);
    }

    [GeneratedRegex(@"^(?:(?<fonds>\d+(?:\s?[-.]\s?\d+)*)\s*/\s*)?(?<unit>\d+(?:\s?[-.]\s?\d+){2,})$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Unit();

    // Starts only where a run of digits, dots and dashes starts, so a long run is scanned once.
    [GeneratedRegex(@"(?<![\d.-])(?:\d+(?:[-.]\d+)*\s*/\s*\d+(?:[-.]\d+)+|\b\d+(?:-\d+){2,}\b)", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex InText();
}
