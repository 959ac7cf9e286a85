using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Concordance;
using CorpusPortal.Web.Localization;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Charts;

/// <summary>
/// Where a query's matches fall in each document, from its beginning (0) to its end (1), as corpus linguists' dispersion
/// plots show it: a row per document, a stroke per match. A footnote's matches stand where its marker is in the text.
/// </summary>
public sealed record HitDispersion(IReadOnlyList<HitDispersion.Row> Rows)
{
    /// <summary>Rows beyond this many documents are left out of the picture (the table has them all).</summary>
    public const int MaxRows = 20;

    public sealed record Row(string Document, string Title, IReadOnlyList<double> Positions);

    public static HitDispersion Of(ConcordanceLines lines, CorpusLibrary library)
    {
        var rows = new List<Row>();
        foreach (var group in lines.Lines.GroupBy(l => l.Document, StringComparer.Ordinal))
        {
            if (library.Find(group.Key) is not { } document)
            {
                continue;
            }
            var places = Places(document);
            var count = Math.Max(1, places.Values.DefaultIfEmpty(0).Max() + 1);
            var positions = group.Select(l => places.TryGetValue(l.Anchor, out var at) ? (at + .5) / count : (double?)null).OfType<double>().ToList();
            rows.Add(new Row(group.Key, group.First().Title, positions));
        }
        return new HitDispersion(rows.OrderByDescending(r => r.Positions.Count).ToList());
    }

    /// <summary>The reading-order place of every paragraph and table, and of each footnote at the paragraph of its marker.</summary>
    private static Dictionary<string, int> Places(Document document)
    {
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var block in document.Sections.SelectMany(s => s.Blocks))
        {
            places[block.Anchor] = i;
            if (block is Paragraph paragraph)
            {
                foreach (var marker in paragraph.Markers)
                {
                    places.TryAdd("fn-" + marker.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), i);
                }
            }
            i++;
        }
        foreach (var note in document.Footnotes)
        {
            places.TryAdd(note.Anchor, Math.Max(0, i - 1));
        }
        return places;
    }

    public string Svg(UiText ui, string query)
    {
        var shown = Rows.Take(MaxRows).ToList();
        var plot = SvgChart.NewPlot();
        for (var r = 0; r < shown.Count; r++)
        {
            var y = shown.Count - 1 - r;
            var line = plot.Add.Line(0, y, 1, y);
            line.Color = SvgChart.Line;
            line.LineWidth = 1;
            var markers = plot.Add.Markers(shown[r].Positions.ToArray(), shown[r].Positions.Select(_ => (double)y).ToArray());
            markers.MarkerShape = ScottPlot.MarkerShape.VerticalBar;
            markers.MarkerSize = 14;
            markers.MarkerLineWidth = 2;
            markers.Color = SvgChart.Accent;
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, shown.Count).Select(r => (double)(shown.Count - 1 - r)).ToArray(),
            shown.Select(r => Short(r.Title)).ToArray());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, .25, .5, .75, 1], ["0", "25%", "50%", "75%", ui.T("HitDispersion.End")]);
        plot.Axes.Bottom.Label.Text = ui.T("HitDispersion.PlaceInTheDocumentBeginning");
        plot.Axes.SetLimits(-.02, 1.02, -.7, shown.Count - .3);
        plot.HideGrid();
        var title = ui.T("HitDispersion.WhereTheMatchesOfFall", query);
        var description = string.Join("; ", shown.Select(r => ui.Plural("HitDispersion.DocumentMatches", r.Positions.Count, r.Title)));
        return SvgChart.Render(plot, 760, 70 + 34 * shown.Count, "dispersion", title, description);
    }

    private static string Short(string title) => title.Length <= 34 ? title : title[..33].TrimEnd() + "…";
}
