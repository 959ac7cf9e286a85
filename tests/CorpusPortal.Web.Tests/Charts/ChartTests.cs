using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Sources;
using CorpusPortal.Web.Charts;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Tests.Charts;

/// <summary>The archive timeline and the dispersion plot: the numbers they draw, and pictures a screen reader can name.</summary>
public sealed class ChartTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly UiText Turkish = new("tr"), English = new("en");

    private static ArchivalCitation Cited(string? date) => new()
    {
        Archive = "BCA", Fonds = "30-18-1-2", Unit = "1-2-3", Date = date, Raw = "BCA", Location = new CitationLocation("p-1", 0, 3, new SourceSpan(new(1, 1), new(1, 4))),
    };

    [Fact]
    public void Dates_within_a_few_years_are_counted_month_by_month_and_undated_ones_apart()
    {
        var timeline = ArchiveTimeline.Of([Cited("1990-01-12"), Cited("1990-03-18"), Cited("1990-03-02"), Cited("1991-06-24"), Cited(null)], Turkish);

        Assert.True(timeline.ByMonth);
        Assert.Equal(18, timeline.Bins.Count); // Ocak 1990 … Haziran 1991, empty months included
        Assert.Equal(("Oca 1990", 1), timeline.Bins[0]);
        Assert.Equal(("Mar 1990", 2), timeline.Bins[2]);
        Assert.Equal(("Haz 1991", 1), timeline.Bins[^1]);
        Assert.Equal((4, 1), (timeline.Dated, timeline.Undated));
    }

    [Fact]
    public void Dates_over_many_years_are_counted_year_by_year()
    {
        var timeline = ArchiveTimeline.Of([Cited("1963-05-31"), Cited("1991-01-05"), Cited("1991-02-01")], English);

        Assert.False(timeline.ByMonth);
        Assert.Equal(("1963", 1), timeline.Bins[0]);
        Assert.Equal(("1991", 2), timeline.Bins[^1]);
        Assert.Equal(29, timeline.Bins.Count);
    }

    [Fact]
    public void A_chart_is_an_image_with_a_title_and_a_description_that_scales_to_its_container()
    {
        var svg = ArchiveTimeline.Of([Cited("1990-01-12"), Cited("1990-03-18")], English).Svg(English);
        var figure = Html.Parse($"<body>{svg}</body>").QuerySelector("svg")!;

        Assert.Equal("img", figure.GetAttribute("role"));
        Assert.Equal("archive-timeline-title archive-timeline-desc", figure.GetAttribute("aria-labelledby"));
        Assert.Equal("Dates of the cited archival documents", figure.QuerySelector("title")!.TextContent);
        Assert.StartsWith("2 dated archival citations by month, from Jan 1990 to Mar 1990", figure.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("0 0 720 300", figure.GetAttribute("viewBox"));
        Assert.Null(figure.GetAttribute("width"));
    }

    [Fact]
    public async Task The_archive_page_draws_the_timeline_of_its_citations_with_the_numbers_as_a_table()
    {
        var page = Html.Parse(await portal.CreateClient().GetStringAsync("/archive"));

        var figure = page.QuerySelector("figure#timeline")!;
        Assert.NotNull(figure.QuerySelector("svg[role=img]"));
        var counted = figure.QuerySelectorAll("details table td.number").Sum(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        var citations = page.QuerySelectorAll("ul.units > li > ul > li").Length;
        Assert.True(counted > 0 && counted <= citations, $"{counted} of {citations}");
    }

    [Fact]
    public async Task The_concordance_draws_where_the_matches_fall_in_each_document()
    {
        var page = Html.Parse(await portal.CreateClient().GetStringAsync("/concordance?q=Karaba%C4%9F"));

        var figure = page.QuerySelector("figure#dispersion")!;
        Assert.Contains("Karabağ", figure.QuerySelector("svg title")!.TextContent, StringComparison.Ordinal);
        var rows = figure.QuerySelectorAll("details table tbody tr");
        Assert.Equal(page.QuerySelectorAll("#by-document tbody tr").Length, rows.Length);
        Assert.All(rows, row => Assert.All(row.Children[1].TextContent.Split(", "), p => Assert.InRange(int.Parse(p, System.Globalization.CultureInfo.InvariantCulture), 0, 100)));
    }
}
