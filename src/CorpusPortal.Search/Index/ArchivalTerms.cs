using System.Text.RegularExpressions;

namespace CorpusPortal.Search.Index;

/// <summary>
/// Archival units as search terms. A unit is indexed whole (<c>30-18-1-2/681-182-10</c>) and without its fonds
/// (<c>681-182-10</c>), so either finds it; a query spelling it with dots or spaces
/// (<c>BCA 30.18.1.2/681.182.10</c>, <c>30-18-1-2/ 681-182-10</c>) is brought to the same form.
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

    /// <summary>Finds units inside free text (a query): their positions and normal forms.</summary>
    public static IEnumerable<(int Start, int Length, string Unit)> Find(string text)
    {
        foreach (Match match in InText().Matches(text))
        {
            if (Normalize(match.Value) is { } unit)
            {
                yield return (match.Index, match.Length, unit);
            }
        }
    }

    [GeneratedRegex(@"^(?:(?<fonds>\d+(?:\s?[-.]\s?\d+)*)\s*/\s*)?(?<unit>\d+(?:\s?[-.]\s?\d+){2,})$", RegexOptions.None, CorpusPortal.Model.Text.RegexBudget.Milliseconds)]
    private static partial Regex Unit();

    // Starts only where a run of digits, dots and dashes starts, so a long run is scanned once.
    [GeneratedRegex(@"(?<![\d.-])(?:\d+(?:[-.]\d+)*\s*/\s*\d+(?:[-.]\d+)+|\b\d+(?:-\d+){2,}\b)", RegexOptions.None, CorpusPortal.Model.Text.RegexBudget.Milliseconds)]
    private static partial Regex InText();
}
