using System.Globalization;

namespace CorpusPortal.Model.Bibliography;

/// <summary>
/// A date known to the year, the month or the day, as papers print them (2021; 2021-06; 2021-06-30). Written in
/// ISO 8601 order, which sorts and reads the same in Turkish and English.
/// </summary>
public readonly record struct PartialDate
{
    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || (day is not null && month is null)
            || (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value))))
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"{year}-{month}-{day} is not a date");
        }
        (Year, Month, Day) = (year, month, day);
    }

    /// <summary>The date written as YYYY, YYYY-MM or YYYY-MM-DD, or null for anything else (31 February too).</summary>
    public static PartialDate? Parse(string? text)
    {
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit) && p.Length > 0))
        {
            return null;
        }
        var numbers = parts.Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        int? month = numbers.Length > 1 ? numbers[1] : null, day = numbers.Length > 2 ? numbers[2] : null;
        if (numbers[0] < 1 || month is < 1 or > 12 || (day is { } d && (d < 1 || d > DateTime.DaysInMonth(numbers[0], month!.Value))))
        {
            return null;
        }
        return new PartialDate(numbers[0], month, day);
    }

    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };
}
