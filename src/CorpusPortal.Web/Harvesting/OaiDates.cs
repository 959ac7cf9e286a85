using System.Globalization;

namespace CorpusPortal.Web.Harvesting;

/// <summary>
/// OAI-PMH's UTC datestamps: the repository answers to the second (<c>YYYY-MM-DDThh:mm:ssZ</c>); a harvester's
/// <c>from</c> and <c>until</c> may be given to the day or to the second, both the same way.
/// </summary>
public static class OaiDates
{
    public const string SecondsFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public const string DayFormat = "yyyy-MM-dd";

    public static string Format(DateTimeOffset moment) => moment.UtcDateTime.ToString(SecondsFormat, CultureInfo.InvariantCulture);

    /// <summary>A moment cut to the repository's granularity (the second), as datestamps are compared.</summary>
    public static DateTimeOffset ToSecond(DateTimeOffset moment) =>
        new(moment.UtcTicks - (moment.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>
    /// A <c>from</c> or <c>until</c> argument: the first or the last second it names (a day names all of its
    /// seconds), and whether it was given to the day. Null for anything else.
    /// </summary>
    public static (DateTimeOffset First, DateTimeOffset Last, bool Day)? Parse(string text)
    {
        if (text.Length == "2002-02-08T12:00:01Z".Length
            && DateTime.TryParseExact(text, SecondsFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var second))
        {
            var moment = new DateTimeOffset(second, TimeSpan.Zero);
            return (moment, moment, false);
        }
        if (text.Length == DayFormat.Length
            && DateTime.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day))
        {
            var start = new DateTimeOffset(day, TimeSpan.Zero);
            return (start, start.AddDays(1).AddSeconds(-1), true);
        }
        return null;
    }
}
