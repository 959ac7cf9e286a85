using Bunit;
using CorpusPortal.Web.Components.Pages.Editor;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>
/// The metadata form in bUnit over a copy of the seed corpus: fields are checked as the editor types, in the
/// interface language, and saving writes the canonical file through the publisher — only for a sign-in that still
/// holds, and never over someone else's newer save.
/// </summary>
public sealed class MetadataEditorComponentTests(WritableSeedServices seeds) : EditorComponentContext(seeds)
{
    private IRenderedComponent<Metadata> Open(string id, string language = "tr") =>
        Render<Metadata>(parameters => parameters.Add(p => p.Id, id).AddCascadingValue(new UiText(language)));

    [Fact]
    public void The_form_opens_with_what_the_document_has_and_nothing_to_save()
    {
        SignIn();

        var page = Open("001_4fca9fe008e145b8");

        Assert.Equal("Turkey's Relations with Azerbaijan in the Context of Strategic Alliance (1990-1993)", page.Find("#title-en").GetAttribute("value"));
        Assert.Equal("", page.Find("#title-tr").GetAttribute("value"));
        Assert.Equal("Yazar yok: yazarlar bilinmiyor.", page.Find("#no-authors").TextContent);
        Assert.True(page.Find("#metadata-save").HasAttribute("disabled"));
    }

    [Fact]
    public void A_field_of_the_wrong_shape_is_named_beside_it_as_the_editor_types_and_blocks_saving()
    {
        SignIn();
        var page = Open("001_4fca9fe008e145b8", "en");

        page.Find("#doi").Input("12.34/x");

        Assert.Equal("A DOI starts with 10. and has a / (e.g. 10.12345/abc.2021.1).", page.Find("#doi-problem").TextContent);
        Assert.Equal("true", page.Find("#doi").GetAttribute("aria-invalid"));
        Assert.Equal("doi-problem", page.Find("#doi").GetAttribute("aria-describedby"));
        Assert.True(page.Find("#metadata-save").HasAttribute("disabled"));
        Assert.Equal("Correct 1 field before saving.", page.Find("#metadata-status").TextContent.Trim());

        page.Find("#doi").Input("10.12345/kara.2021.1");

        Assert.Empty(page.FindAll("#doi-problem"));
        Assert.False(page.Find("#metadata-save").HasAttribute("disabled"));
    }

    [Fact]
    public void Saving_writes_structured_authors_and_fields_marked_editorial_and_keeps_the_previous_version()
    {
        SignIn();
        const string id = "000_91073a8e0371b68b";
        var versions = Seeds.History.List(id).Count;
        var page = Open(id);

        page.Find("#title-tr").Input("Azerbaycan’ın Avrasya Birliği’ne Yaklaşımı: Politikalar ve Etkiler");
        page.Find("#add-author").Click();
        page.Find("#author-1-family").Input("Yılmaz");
        page.Find("#author-1-given").Input("Ayşe");
        page.Find("#container").Input("Gazi Üniversitesi");
        page.Find("#published").Input("2019");
        page.Find("form.metadata-form").Submit();

        Assert.Equal("Kaydedildi; önceki sürüm geçmişte.", page.Find("#metadata-status p.saved").TextContent);
        var meta = Seeds.Library.Find(id)!.Metadata;
        Assert.Equal("Azerbaycan’ın Avrasya Birliği’ne Yaklaşımı: Politikalar ve Etkiler", meta.Titles["tr"]);
        Assert.Equal(new Model.Bibliography.Author("Yılmaz", "Ayşe"), Assert.Single(meta.Authors));
        Assert.Equal(2019, meta.Year);
        Assert.Equal(["authors", "container", "published", "title.tr"], meta.EditorialFields);
        Assert.Contains("- family: Yılmaz", FileOf(id), StringComparison.Ordinal);
        Assert.Equal(versions + 1, Seeds.History.List(id).Count);
        Assert.True(page.Find("#metadata-save").HasAttribute("disabled"));
    }

    [Fact]
    public void A_sign_in_that_has_ended_saves_nothing()
    {
        SignIn(stamp: "an-old-stamp");
        const string id = "003_94344ba106347a29";
        var before = FileOf(id);
        var page = Open(id, "en");

        page.Find("#container").Input("Turan");
        page.Find("form.metadata-form").Submit();

        Assert.Equal("Your sign-in has ended; sign in again to save.", page.Find("#metadata-status p.error").TextContent);
        Assert.Equal(before, FileOf(id));
    }

    [Fact]
    public void A_save_made_by_someone_else_meanwhile_is_never_overwritten()
    {
        SignIn();
        const string id = "002_f68ce36b87b3d29e";
        var page = Open(id, "en");
        var published = SaveAsSomeoneElse(id);

        page.Find("#volume").Input("18");
        page.Find("form.metadata-form").Submit();

        Assert.StartsWith("Someone saved this document while you were working.", page.Find("#metadata-status p.error").TextContent, StringComparison.Ordinal);
        Assert.Equal(published, FileOf(id));
    }
}
