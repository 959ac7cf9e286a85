using Bunit;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using CorpusPortal.Web.Components.Reading;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>"Find in this document": the form, the count in both languages, and the numbered marks it steps through.</summary>
public sealed class FindInDocumentTests : BunitContext, IClassFixture<SeedServices>
{
    private readonly SeedServices _seeds;

    public FindInDocumentTests(SeedServices seeds) => _seeds = seeds;

    private IRenderedComponent<FindInDocument> Find(string? query, int hits, string language = "tr", string? view = null) =>
        Render<FindInDocument>(p => p
            .Add(c => c.Document, _seeds.Library.Find("002_f68ce36b87b3d29e")!)
            .Add(c => c.Query, query).Add(c => c.Hits, hits).Add(c => c.View, view)
            .AddCascadingValue(new UiText(language)));

    [Fact]
    public void Without_a_query_it_is_only_the_form()
    {
        var find = Find(null, 0);

        Assert.Equal("/documents/002_f68ce36b87b3d29e", find.Find("form.find").GetAttribute("action"));
        Assert.Empty(find.FindAll("#find-result"));
    }

    [Fact]
    public void The_matches_are_counted_and_the_steps_lead_to_the_first_and_the_last()
    {
        var find = Find("Karabağ", 12, view: "tr");

        Assert.Equal("12 sonuç", find.Find("#find-count").TextContent);
        Assert.Equal("#m-1", find.Find("#find-next").GetAttribute("href"));
        Assert.Equal("#m-12", find.Find("#find-prev").GetAttribute("href"));
        Assert.Equal("tr", find.Find("input[name=view]").GetAttribute("value"));
        Assert.Equal("/documents/002_f68ce36b87b3d29e?view=tr", find.Find("#find-clear").GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", 1, "1 match")]
    [InlineData("en", 3, "3 matches")]
    [InlineData("tr", 1, "1 sonuç")]
    public void The_count_is_said_in_the_interface_language(string language, int hits, string said)
    {
        Assert.Equal(said, Find("köprü", hits, language).Find("#find-count").TextContent);
    }

    [Fact]
    public void A_word_the_document_lacks_is_said_to_be_missing()
    {
        var find = Find("penguen", 0, "en");

        Assert.StartsWith("“penguen” is not in this document.", find.Find("#find-result").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(find.FindAll("#find-next"));
    }

    [Fact]
    public void Each_match_is_numbered_once_even_when_a_footnote_marker_cuts_it()
    {
        var paragraph = new Paragraph
        {
            Anchor = "p-1", Text = "Köprü ve köprüler",
            Markers = [new FootnoteMarker(1, 3)],
            Source = SourceMap.Single(new SourcePosition(1, 1), 17),
        };

        var text = Render<ParagraphText>(p => p.Add(c => c.Paragraph, paragraph).Add(c => c.Highlights, [(0, 5), (9, 8)]).Add(c => c.FirstHit, 4));

        Assert.Equal(["m-4", "m-5"], text.FindAll("mark[id]").Select(m => m.Id));
        Assert.Equal(3, text.FindAll("mark").Count);
    }
}
