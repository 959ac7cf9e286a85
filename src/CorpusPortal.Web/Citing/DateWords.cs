using CorpusPortal.Model.Bibliography;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Citing;

/// <summary>Dates in words in the interface language (30 Haziran 2021; June 30, 2021), never from the machine's culture.</summary>
public static class DateWords
{
    private static readonly string[] Turkish = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"];
    private static readonly string[] English = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string MonthName(UiText ui, int month) => (ui.IsEnglish ? English : Turkish)[month - 1];

    /// <summary>The month and day only (Haziran 30 → "30 Haziran"; "June 30"), or the month alone; "" for a year.</summary>
    public static string MonthAndDay(UiText ui, PartialDate date) => (date.Month, date.Day) switch
    {
        ({ } m, { } d) => ui.IsEnglish ? $"{MonthName(ui, m)} {d}" : $"{d} {MonthName(ui, m)}",
        ({ } m, null) => MonthName(ui, m),
        _ => "",
    };

    /// <summary>The whole date in words: "30 Haziran 2021", "June 30, 2021", "Haziran 2021", "2021".</summary>
    public static string Full(UiText ui, PartialDate date) => (date.Month, date.Day) switch
    {
        (null, _) => Year(date),
        (_, null) => $"{MonthAndDay(ui, date)} {Year(date)}",
        _ => ui.IsEnglish ? $"{MonthAndDay(ui, date)}, {Year(date)}" : $"{MonthAndDay(ui, date)} {Year(date)}",
    };

    private static string Year(PartialDate date) => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
