using CorpusPortal.Web.Components.Reading;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>Places in a document as readers name them: ¶ 13 is a paragraph, never page 13.</summary>
public sealed class PlaceNamesTests
{
    [Theory]
    [InlineData("tr", "p-13", "¶ 13")]
    [InlineData("en", "p-13", "¶ 13")]
    [InlineData("tr", "fn-4", "dipnot 4")]
    [InlineData("en", "fn-4", "note 4")]
    [InlineData("en", "t-2", "Table 2")]
    [InlineData("tr", "sonuc-tartisma-ve-oneriler", "sonuc-tartisma-ve-oneriler")]
    [InlineData("tr", "p-x", "p-x")]
    public void Names_a_place_by_its_anchor(string language, string anchor, string name) =>
        Assert.Equal(name, PlaceNames.Of(new UiText(language), anchor));
}
