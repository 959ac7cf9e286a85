using CorpusPortal.Corpus.Alignment;
using Bunit;
using CorpusPortal.Model.Alignment;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using CorpusPortal.Web.Components.Reading;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>The reading view's parts in bUnit: paragraphs with their footnote markers and marked words, tables, the parallel view.</summary>
public sealed class ReadingComponentTests : BunitContext, IClassFixture<SeedServices>
{
    private readonly SeedServices _seeds;

    public ReadingComponentTests(SeedServices seeds) => _seeds = seeds;

    private static Paragraph Paragraph(string text, params FootnoteMarker[] markers) =>
        new() { Anchor = "p-1", Text = text, Markers = markers, Source = SourceMap.Single(new SourcePosition(1, 1), text.Length) };

    [Fact]
    public void A_paragraph_puts_each_marker_where_it_was_printed()
    {
        var text = Render<ParagraphText>(p => p.Add(c => c.Paragraph, Paragraph("yer almıştır. Güney Kafkasya’da", new FootnoteMarker(1, 13))));

        text.MarkupMatches("yer almıştır.<sup class=\"fn-marker\"><a id=\"fnref-1\" href=\"#fn-1\" aria-label=\"Dipnot / Footnote 1\">1</a></sup> Güney Kafkasya’da");
    }

    [Fact]
    public void A_note_cited_twice_links_back_to_its_first_marker_only()
    {
        var text = Render<ParagraphText>(p => p
            .Add(c => c.Paragraph, Paragraph("a b", new FootnoteMarker(3, 1)))
            .Add(c => c.SeenMarkers, new HashSet<int> { 3 }));

        Assert.False(text.Find("sup.fn-marker a").HasAttribute("id"));
    }

    [Fact]
    public void Text_that_looks_like_markup_is_text()
    {
        var text = Render<ParagraphText>(p => p.Add(c => c.Paragraph, Paragraph("<script>alert(1)</script> köprü")));

        text.MarkupMatches("&lt;script&gt;alert(1)&lt;/script&gt; köprü");
    }

    [Fact]
    public void Marked_words_and_markers_are_interleaved_in_text_order()
    {
        var text = Render<ParagraphText>(p => p
            .Add(c => c.Paragraph, Paragraph("Hasret Köprüsü açıldı. Sonra", new FootnoteMarker(7, 22)))
            .Add(c => c.Highlights, [(7, 7)]));

        Assert.Equal("Köprüsü", text.Find("mark").TextContent);
        Assert.Equal("Hasret Köprüsü açıldı.7 Sonra", string.Concat(text.Nodes.Select(n => n.TextContent)));
    }

    [Fact]
    public void Words_in_italics_are_set_in_italics_beside_markers_and_marked_words()
    {
        var paragraph = Paragraph("Ferman Saʿdâbâd kazâsına gönderildi.", new FootnoteMarker(2, 36)) with { Emphasis = [new Emphasis(7, 17)] };

        var text = Render<ParagraphText>(p => p.Add(c => c.Paragraph, paragraph).Add(c => c.Highlights, [(16, 8)]));

        Assert.Equal("Saʿdâbâd kazâsına", string.Concat(text.FindAll("em").Select(em => em.TextContent)));
        Assert.Equal("kazâsına", text.Find("em mark").TextContent);
        Assert.Equal("Ferman Saʿdâbâd kazâsına gönderildi.2", string.Concat(text.Nodes.Select(n => n.TextContent)));
    }

    [Fact]
    public void A_notes_italics_are_set_in_italics()
    {
        var note = new Footnote { Number = 1, Text = "Ali Veli, Köprüler, 2001.", Emphasis = [new Emphasis(10, 8)], Source = SourceMap.Single(new SourcePosition(1, 1), 1) };

        var text = Render<NoteText>(p => p.Add(c => c.Note, note));

        text.MarkupMatches("Ali Veli, <em>Köprüler</em>, 2001.");
    }

    [Fact]
    public void A_table_has_its_caption_header_row_and_source_note()
    {
        var table = new Table
        {
            Anchor = "t-1", Number = "1", Caption = "Ticaret",
            Rows = [["Yıl", "İhracat"], ["1992", "120"]],
            SourceNote = "Kaynak: [BCA] (1993, 12 Mart) 30-18-1-2/700-10-5.",
            Source = SourceMap.Single(new SourcePosition(1, 1), 1),
        };

        var view = Render<TableView>(p => p.Add(c => c.Table, table));

        view.Find("caption").MarkupMatches("<caption>Tablo 1. Ticaret</caption>");
        Assert.Equal(["Yıl", "İhracat"], view.FindAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["1992", "120"], view.FindAll("tbody td").Select(td => td.TextContent));
        Assert.StartsWith("Kaynak:", view.Find("figcaption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parallel_view_pairs_each_Turkish_sentence_with_its_translation()
    {
        var thesis = _seeds.Library.Find("000_91073a8e0371b68b")!;

        var view = Render<ParallelView>(p => p.Add(c => c.Document, thesis).AddCascadingValue(new UiText("tr")));

        var turkish = view.FindAll(".cell[lang=tr] .s");
        var english = view.FindAll(".cell[lang=en] .s");
        Assert.Equal(13, turkish.Count);
        Assert.Equal(turkish.Select(s => s.GetAttribute("data-pair")), english.Select(s => s.GetAttribute("data-pair")));
        Assert.StartsWith("In this research", english[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parallel_view_shows_an_editors_merge_as_one_sentence()
    {
        var thesis = _seeds.Library.Find("000_91073a8e0371b68b")!;
        var automatic = SentenceAlignments.Automatic(thesis.Sections[0], thesis.Sections[1]);
        var draft = new CorpusPortal.Web.Parallel.AlignmentDraft(automatic);
        draft.Merge(0, 0);
        var merged = thesis with { Alignments = [draft.ToAlignment()] };

        var view = Render<ParallelView>(p => p.Add(c => c.Document, merged).AddCascadingValue(new UiText("tr")));

        var first = view.FindAll(".cell[lang=tr] .s")[0];
        Assert.StartsWith("Bu araştırmada", first.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("değerlendirilmiştir.", first.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, view.FindAll($".s[data-pair='{first.GetAttribute("data-pair")}']").Count);
        Assert.Equal(12, view.FindAll(".cell[lang=tr] .s").Count);
    }

    [Fact]
    public void The_parallel_view_keeps_footnote_markers_and_citation_links_in_its_sections()
    {
        var article = _seeds.Library.Find("001_4fca9fe008e145b8")!;
        var footnoted = _seeds.Library.Find("002_f68ce36b87b3d29e")!;

        var archival = Render<ParallelView>(p => p.Add(c => c.Document, article).AddCascadingValue(new UiText("tr")));
        var notes = Render<ParallelView>(p => p.Add(c => c.Document, footnoted).AddCascadingValue(new UiText("tr")));

        Assert.Contains(archival.FindAll("a.citation"), a => a.GetAttribute("href") == "/archive#u-bca-30-18-1-2-669-133-4");
        var marker = notes.FindAll("sup.fn-marker a").First();
        Assert.Equal("#fn-1", marker.GetAttribute("href"));
        Assert.NotEmpty(notes.FindAll("sup.fn-marker .fn-pop"));
    }

    [Fact]
    public void The_parallel_view_says_a_missing_title_is_unknown_instead_of_leaving_its_side_blank()
    {
        var article = _seeds.Library.Find("001_4fca9fe008e145b8")!;

        var view = Render<ParallelView>(p => p.Add(c => c.Document, article).AddCascadingValue(new UiText("en")));

        var titles = view.FindAll(".parallel-row.titles .col");
        Assert.Equal("Turkish title unknown", titles[0].TextContent);
        Assert.StartsWith("Turkey's Relations with Azerbaijan", titles[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("en", titles[1].GetAttribute("lang"));
    }

    [Fact]
    public void A_footnote_marker_in_an_aligned_abstract_stays_on_its_sentence_with_its_note()
    {
        static Paragraph Text(string anchor, string text, params FootnoteMarker[] markers) =>
            new() { Anchor = anchor, Text = text, Markers = markers, Source = Model.Sources.SourceMap.Single(new(1, 1), text.Length) };
        var document = new Document
        {
            Metadata = new DocumentMetadata { Id = "deneme", Kind = DocumentKind.JournalArticle, PrimaryLanguage = "tr", SourceFile = "deneme.txt" },
            Sections =
            [
                new Section { Anchor = "abstract-tr", Kind = SectionKind.Abstract, Language = "tr", Title = "Öz", Blocks = [Text("p-1", "Köprü 1992 yılında açıldı. Sınır kapısı da açıldı.", new FootnoteMarker(1, 26))] },
                new Section { Anchor = "abstract-en", Kind = SectionKind.Abstract, Language = "en", Title = "Abstract", Blocks = [Text("p-2", "The bridge opened in 1992. The border gate opened too.")] },
            ],
            Footnotes = [new Footnote { Number = 1, Text = "BCA, 30-18-1-2/669-133-4.", Source = Model.Sources.SourceMap.Single(new(9, 1), 25) }],
        };

        var view = Render<ParallelView>(p => p.Add(c => c.Document, document).AddCascadingValue(new UiText("tr")));

        var first = view.FindAll(".pair")[0].QuerySelector(".cell[lang=tr]")!;
        Assert.Equal("Köprü 1992 yılında açıldı.", first.QuerySelector(".s")!.ChildNodes[0].TextContent);
        Assert.Equal("#fn-1", first.QuerySelector("sup.fn-marker a")!.GetAttribute("href"));
        Assert.Contains("BCA, 30-18-1-2/669-133-4.", first.QuerySelector(".fn-pop")!.TextContent, StringComparison.Ordinal);
        Assert.Null(view.FindAll(".pair")[1].QuerySelector("sup.fn-marker"));
    }
}
