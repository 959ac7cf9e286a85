using Bunit;
using CorpusPortal.Web.Components.Pages.Editor;
using CorpusPortal.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>
/// The alignment editor in bUnit over a copy of the seed corpus: an editor's merges, cuts and moves show at once,
/// and saving writes the canonical file through the publisher (the previous version kept in the history) — but
/// only for a sign-in that still holds, and never over someone else's newer save.
/// </summary>
public sealed class AlignmentEditorComponentTests(WritableSeedServices seeds) : EditorComponentContext(seeds)
{
    private IRenderedComponent<Align> Open(string id, string language = "tr") =>
        Render<Align>(parameters => parameters.Add(p => p.Id, id).AddCascadingValue(new UiText(language)));

    private static string Cell(IRenderedComponent<Align> page, int row, string side) =>
        page.Find($"tr[data-row='{row}'] td[data-side='{side}'] p").TextContent;

    private static void Click(IRenderedComponent<Align> page, int row, string side, string label) =>
        page.FindAll($"tr[data-row='{row}'] td[data-side='{side}'] button").First(b => b.TextContent.Contains(label, StringComparison.Ordinal)).Click();

    [Fact]
    public void The_pairs_of_an_abstract_are_shown_side_by_side_as_the_aligner_found_them()
    {
        SignIn();

        var page = Open("001_4fca9fe008e145b8");

        Assert.Equal("ÖZ ↔ ABSTRACT", page.Find("table.align-grid caption").TextContent);
        Assert.StartsWith("Sovyet lider Mihail Gorbaçov’un istifasının ardından", Cell(page, 1, "left"), StringComparison.Ordinal);
        Assert.StartsWith("After the resignation of Soviet leader", Cell(page, 1, "right"), StringComparison.Ordinal);
        Assert.Contains("Otomatik hizalama", page.Find(".align-section .meta").TextContent, StringComparison.Ordinal);
        Assert.True(page.Find("#align-save").HasAttribute("disabled"));
    }

    [Fact]
    public void Merging_shows_at_once_and_saving_writes_the_alignment_keeping_the_previous_version()
    {
        SignIn();
        const string id = "000_91073a8e0371b68b";
        var before = FileOf(id);
        var page = Open(id);
        var first = Cell(page, 1, "left");
        var second = Cell(page, 2, "left");

        Click(page, 1, "left", "Birleştir");

        Assert.Equal($"{first} {second}", Cell(page, 1, "left"));
        page.Find("#align-status").MarkupMatches("<div role=\"status\" id=\"align-status\"><p>Kaydedilmemiş değişiklikler var.</p></div>");

        page.Find("#align-save").Click();

        Assert.Equal("Kaydedildi; önceki sürüm geçmişte.", page.Find("#align-status p.saved").TextContent);
        Assert.Contains("alignment:\n- left: abstract-tr\n  right: abstract-en\n  pairs:\n  - p-1:0-", FileOf(id), StringComparison.Ordinal);
        Assert.Equal(before, Seeds.History.Read(id, Assert.Single(Seeds.History.List(id)).Name));
        Assert.Equal($"{first} {second}", Cell(page, 1, "left"));
        Assert.Contains("Editörün hizalaması", page.Find(".align-section .meta").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Splitting_shows_a_cut_before_each_word_and_cuts_where_the_editor_chooses()
    {
        SignIn();
        var page = Open("002_f68ce36b87b3d29e");
        var sentence = Cell(page, 1, "right");

        Click(page, 1, "right", "Böl");
        var cuts = page.FindAll("tr[data-row='1'] td[data-side='right'] button.cut");
        Assert.Equal(sentence.Split(' ').Length - 1, cuts.Count);
        JSInterop.VerifyFocusAsyncInvoke().Arguments[0].ShouldBeElementReferenceTo(cuts[0]);
        cuts[1].Click();

        var words = sentence.Split(' ');
        Assert.Equal($"{words[0]} {words[1]}", Cell(page, 1, "right"));
        Assert.Equal(string.Join(' ', words[2..]), Cell(page, 2, "right"));
    }

    [Fact]
    public void A_sign_in_that_no_longer_holds_cannot_save()
    {
        SignIn(stamp: "an old stamp");
        const string id = "001_4fca9fe008e145b8";
        var before = FileOf(id);
        var page = Open(id, "en");

        Click(page, 1, "left", "Down");
        page.Find("#align-save").Click();

        Assert.Equal("Your sign-in has ended; sign in again to save.", page.Find("#align-status p.error").TextContent);
        Assert.Equal(before, FileOf(id));
    }

    [Fact]
    public void A_save_made_by_someone_else_meanwhile_is_never_overwritten()
    {
        SignIn();
        const string id = "002_f68ce36b87b3d29e";
        var page = Open(id, "en");
        var published = SaveAsSomeoneElse(id);

        Click(page, 2, "right", "Merge");
        page.Find("#align-save").Click();

        Assert.StartsWith("Someone saved this document while you were working.", page.Find("#align-status p.error").TextContent, StringComparison.Ordinal);
        Assert.Equal(published, FileOf(id));
        Assert.Contains("family: Editör", published, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_two_abstracts_says_there_is_nothing_to_align()
    {
        SignIn();

        var page = Open("003_94344ba106347a29", "en");

        Assert.Equal("This document has no Turkish and English abstract to align with each other.", page.Find("#align-nothing").TextContent);
        Assert.Empty(page.FindAll("table.align-grid"));
    }

    [Fact]
    public void In_a_circuit_the_router_shows_the_editor_pages_only_to_a_signed_in_editor()
    {
        SignOut();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.GetRequiredService<NavigationManager>().NavigateTo("/editor/align/000_91073a8e0371b68b");

        var routes = Render<CorpusPortal.Web.Components.Routes>(parameters => parameters.Add(p => p.Language, "en"));

        Assert.Equal("Sign-in needed", routes.Find("h1").TextContent);
        Assert.Empty(routes.FindAll("table.align-grid"));
    }
}
