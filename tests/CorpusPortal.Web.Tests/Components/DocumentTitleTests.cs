using CorpusPortal.Web.Components.Reading;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>How a document is named wherever it is listed: its own title, else a bracketed label and its opening words, never its id.</summary>
public sealed class DocumentTitleTests(SeedServices seeds) : IClassFixture<SeedServices>
{
    [Theory]
    [InlineData("tr", "[Başlıksız] Bu araştırmada Azerbaycan'ın Avrasya Birliği'ne yönelik politikaları ve yaklaşımları…")]
    [InlineData("en", "[Untitled] Bu araştırmada Azerbaycan'ın Avrasya Birliği'ne yönelik politikaları ve yaklaşımları…")]
    public void A_document_without_a_title_is_named_by_a_label_and_its_opening_words(string language, string name)
    {
        Assert.Equal(name, DocumentTitle.Of(seeds.Library.Find("000_91073a8e0371b68b")!, new UiText(language)));
    }

    [Fact]
    public void A_document_with_a_title_in_another_language_only_is_named_by_that_title()
    {
        Assert.Equal("An Important Crossroads in Azerbaijan-Turkey Relations: Second Karabakh War", DocumentTitle.Of(seeds.Library, "002_f68ce36b87b3d29e", new UiText("tr")));
    }
}
