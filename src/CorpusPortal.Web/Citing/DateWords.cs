using CorpusPortal.Model.Bibliography;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Citing;

/// <summary>Dates in words in the interface language (30 Haziran 2021; June 30, 2021), never from the machine's culture.</summary>
public static class DateWords
{
    private static readonly string[] Months =
    [
        "DateWords.January", "DateWords.February", "DateWords.March", "DateWords.April", "DateWords.May", "DateWords.June",
        "DateWords.July", "DateWords.August", "DateWords.September", "DateWords.October", "DateWords.November", "DateWords.December",
    ];

    public static string MonthName(UiText ui, int month) => ui.T(Months[month - 1]);

    /// <summary>The month and day only (Haziran 30 → "30 Haziran"; "June 30"), or the month alone; "" for a year.</summary>
    public static string MonthAndDay(UiText ui, PartialDate date) => (date.Month, date.Day) switch
    {
        ({ } m, { } d) => ui.T("DateWords.MonthAndDay", MonthName(ui, m), d),
        ({ } m, null) => MonthName(ui, m),
        _ => "",
    };

    /// <summary>The whole date in words: "30 Haziran 2021", "June 30, 2021", "Haziran 2021", "2021".</summary>
    public static string Full(UiText ui, PartialDate date) => (date.Month, date.Day) switch
    {
        (null, _) => Year(date),
        (_, null) => $"{MonthAndDay(ui, date)} {Year(date)}",
        _ => ui.T("DateWords.DayMonthYear", MonthAndDay(ui, date), Year(date)),
    };

    private static string Year(PartialDate date) => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
