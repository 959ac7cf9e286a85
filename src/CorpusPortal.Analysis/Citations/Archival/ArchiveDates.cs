using System.Globalization;

namespace CorpusPortal.Analysis.Citations.Archival;

/// <summary>Dates as archival citations print them: <c>05.01.1991</c>, or <c>(1991, 24 Haziran)</c>.</summary>
internal static class ArchiveDates
{
    private static readonly string[] TurkishMonths =
        ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"];

    public static string? FromDotted(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 3 && Number(parts[0]) is { } day && Number(parts[1]) is { } month && Number(parts[2]) is { } year
            ? Iso(year, month, day)
            : null;
    }

    public static string? FromWords(string year, string day, string monthName)
    {
        var month = Array.IndexOf(TurkishMonths, CorpusPortal.Text.TurkishCasing.Lower(monthName, turkish: true)) + 1;
        return month > 0 && Number(year) is { } y && Number(day) is { } d ? Iso(y, month, d) : null;
    }

    /// <summary>ISO form; a date that is not in the calendar (31 June) is kept as printed, in ISO order.</summary>
    private static string Iso(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
