using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using CorpusPortal.Web.Components.Reading;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CorpusPortal.Web.Tests;

/// <summary>Components rendered on their own with HtmlRenderer, checked with AngleSharp.</summary>
public sealed class ComponentTests
{
    private static async Task<AngleSharp.Dom.IDocument> Render<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return Html.Parse(html);
    }

    private static Paragraph Paragraph(string text, params FootnoteMarker[] markers) =>
        new() { Anchor = "p-1", Text = text, Markers = markers, Source = SourceMap.Single(new SourcePosition(1, 1), text.Length) };

    [Fact]
    public async Task A_paragraph_puts_each_marker_where_it_was_printed()
    {
        var paragraph = Paragraph("yer almıştır. Güney Kafkasya’da", new FootnoteMarker(1, 13));

        var page = await Render<ParagraphText>(new() { ["Paragraph"] = paragraph });

        Assert.Equal("yer almıştır.1 Güney Kafkasya’da", page.Body!.TextContent);
        var marker = page.QuerySelector("sup.fn-marker a")!;
        Assert.Equal(("#fn-1", "fnref-1"), (marker.GetAttribute("href"), marker.Id));
    }

    [Fact]
    public async Task A_note_cited_twice_links_back_to_its_first_marker_only()
    {
        var seen = new HashSet<int> { 3 };

        var page = await Render<ParagraphText>(new() { ["Paragraph"] = Paragraph("a b", new FootnoteMarker(3, 1)), ["SeenMarkers"] = seen });

        Assert.False(page.QuerySelector("sup.fn-marker a")!.HasAttribute("id"));
    }

    [Fact]
    public async Task Text_that_looks_like_markup_is_text()
    {
        var page = await Render<ParagraphText>(new() { ["Paragraph"] = Paragraph("<script>alert(1)</script> köprü") });

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal("<script>alert(1)</script> köprü", page.Body!.TextContent);
    }

    [Fact]
    public async Task A_table_has_its_caption_header_row_and_source_note()
    {
        var table = new Table
        {
            Anchor = "t-1", Number = "1", Caption = "Ticaret",
            Rows = [["Yıl", "İhracat"], ["1992", "120"]],
            SourceNote = "Kaynak: [BCA] (1993, 12 Mart) 30-18-1-2/700-10-5.",
            Source = SourceMap.Single(new SourcePosition(1, 1), 1),
        };

        var page = await Render<TableView>(new() { ["Table"] = table });

        Assert.Equal("Tablo 1. Ticaret", page.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Yıl", "İhracat"], page.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["1992", "120"], page.QuerySelectorAll("tbody td").Select(td => td.TextContent));
        Assert.StartsWith("Kaynak:", page.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marked_words_and_markers_are_interleaved_in_text_order()
    {
        var paragraph = Paragraph("Hasret Köprüsü açıldı. Sonra", new FootnoteMarker(7, 22));
        IReadOnlyList<(int, int)> highlights = [(7, 7)];

        var page = await Render<ParagraphText>(new() { ["Paragraph"] = paragraph, ["Highlights"] = highlights });

        Assert.Equal("Köprüsü", page.QuerySelector("mark")!.TextContent);
        Assert.Equal("Hasret Köprüsü açıldı.7 Sonra", page.Body!.TextContent);
    }
}
