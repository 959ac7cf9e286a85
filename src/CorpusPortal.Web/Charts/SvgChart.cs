using System.Net;
using System.Text.RegularExpressions;
using ScottPlot;

namespace CorpusPortal.Web.Charts;

/// <summary>
/// A ScottPlot chart as SVG for a page: drawn in the portal's colours and type, scaled to its container, and named
/// for assistive technology (role img, a title and a description; the figure around it carries the data as a table).
/// </summary>
public static partial class SvgChart
{
    public static readonly Color Accent = Color.FromHex("#0b5cad");
    public static readonly Color Ink = Color.FromHex("#1d1d1f");
    public static readonly Color Muted = Color.FromHex("#54545e");
    public static readonly Color Line = Color.FromHex("#d6d5d0");

    /// <summary>A plot with the portal's look: sans-serif type, muted axes, no frame on top and right.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Axes.Color(Muted);
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Line.WithAlpha(.6);
        return plot;
    }

    /// <summary>The plot as an SVG element to put in a page.</summary>
    public static string Render(Plot plot, int width, int height, string id, string title, string description)
    {
        var svg = plot.GetSvgXml(width, height);
        svg = XmlDeclaration().Replace(svg, "");
        var open = SvgOpening().Match(svg);
        var named = $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">"
            + $"<title id=\"{id}-title\">{WebUtility.HtmlEncode(title)}</title><desc id=\"{id}-desc\">{WebUtility.HtmlEncode(description)}</desc>";
        return named + svg[(open.Index + open.Length)..].Trim();
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>\s*", RegexOptions.None, 1000)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<svg[^>]*>", RegexOptions.None, 1000)]
    private static partial Regex SvgOpening();
}
