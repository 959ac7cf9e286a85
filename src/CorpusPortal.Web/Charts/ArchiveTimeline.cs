using System.Globalization;
using CorpusPortal.Model.Citations;
using CorpusPortal.Web.Citing;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Charts;

/// <summary>
/// How many cited archival documents bear each date: by month when the dates span a few years (a paper on
/// 1990–1993 reads month by month), by year when they span more. Citations without a date are counted apart.
/// </summary>
public sealed record ArchiveTimeline(IReadOnlyList<(string Label, int Count)> Bins, bool ByMonth, int Undated)
{
    private const int MonthsUpTo = 6; // years

    public int Dated => Bins.Sum(b => b.Count);

    public static ArchiveTimeline Of(IEnumerable<ArchivalCitation> citations, UiText ui)
    {
        var all = citations.ToList();
        var dates = all.Select(c => Month(c.Date)).OfType<(int Year, int Month)>().ToList();
        var undated = all.Count - dates.Count;
        if (dates.Count == 0)
        {
            return new ArchiveTimeline([], false, undated);
        }
        var (first, last) = (dates.Min(d => d.Year), dates.Max(d => d.Year));
        var byMonth = last - first < MonthsUpTo;
        var bins = new List<(string, int)>();
        if (byMonth)
        {
            var (from, to) = (dates.Min(d => d.Year * 12 + d.Month - 1), dates.Max(d => d.Year * 12 + d.Month - 1));
            for (var m = from; m <= to; m++)
            {
                bins.Add(($"{DateWords.MonthName(ui, m % 12 + 1)[..3]} {m / 12}", dates.Count(d => d.Year * 12 + d.Month - 1 == m)));
            }
        }
        else
        {
            for (var y = first; y <= last; y++)
            {
                bins.Add((y.ToString(CultureInfo.InvariantCulture), dates.Count(d => d.Year == y)));
            }
        }
        return new ArchiveTimeline(bins, byMonth, undated);
    }

    /// <summary>The year and month of an ISO date (yyyy-MM-dd), or null.</summary>
    private static (int Year, int Month)? Month(string? date) =>
        date is { Length: >= 7 } && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && int.TryParse(date.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            ? (year, month)
            : null;

    public string Svg(UiText ui)
    {
        var plot = SvgChart.NewPlot();
        var positions = Enumerable.Range(0, Bins.Count).Select(i => (double)i).ToArray();
        var bars = plot.Add.Bars(positions, Bins.Select(b => (double)b.Count).ToArray());
        bars.Color = SvgChart.Accent;
        var every = (int)Math.Ceiling(Bins.Count / 12.0); // a label every few bars when there are many
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            positions.Where((_, i) => i % every == 0).ToArray(), Bins.Where((_, i) => i % every == 0).Select(b => b.Label).ToArray());
        plot.Axes.Left.Label.Text = ui.T("ArchiveTimeline.Documents");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Margins(bottom: 0);
        var title = ui.T("ArchiveTimeline.DatesOfTheCitedArchival");
        var peak = Bins.MaxBy(b => b.Count);
        var description = ui.T(ByMonth ? "ArchiveTimeline.DescriptionByMonth" : "ArchiveTimeline.DescriptionByYear", Dated, Bins[0].Label, Bins[^1].Label, peak.Label, peak.Count);
        return SvgChart.Render(plot, 720, 300, "archive-timeline", title, description);
    }
}
