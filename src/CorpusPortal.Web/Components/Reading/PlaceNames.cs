using System.Globalization;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Components.Reading;

/// <summary>
/// A place in a document as a reader names it: a paragraph's anchor <c>p-13</c> is ¶ 13 (not page 13), a note's
/// <c>fn-4</c> is note 4, a table's <c>t-2</c> is Table 2. Anything else (a section's slug) is shown as it is.
/// </summary>
public static class PlaceNames
{
    public static string Of(UiText ui, string anchor) => Number(anchor, "p-") is { } paragraph ? $"¶ {paragraph}"
        : Number(anchor, "fn-") is { } note ? ui.T("PlaceNames.Note", note)
        : Number(anchor, "t-") is { } table ? ui.T("PlaceNames.Table", table)
        : anchor;

    private static int? Number(string anchor, string prefix) =>
        anchor.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(anchor.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
