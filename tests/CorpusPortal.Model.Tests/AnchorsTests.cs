using CorpusPortal.Model.Sources;
using CorpusPortal.Model.Text;

namespace CorpusPortal.Model.Tests;

public sealed class AnchorsTests
{
    [Theory]
    [InlineData("Sonuç, Tartışma ve Öneriler", "sonuc-tartisma-ve-oneriler")]
    [InlineData("IĞDIR İLİ", "igdir-ili")]
    [InlineData("Türkiye’nin Birinci Karabağ Savaşına Bakışı", "turkiye-nin-birinci-karabag-savasina-bakisi")]
    public void Slugs_fold_all_four_Turkish_i_and_the_other_letters_to_ascii(string title, string slug) =>
        Assert.Equal(slug, Anchors.Slug(title));

    [Fact]
    public void Source_maps_survive_their_text_form()
    {
        var map = new SourceMap([new SourceSegment(0, new SourcePosition(12, 1)), new SourceSegment(80, new SourcePosition(14, 2))], 150);

        Assert.Equal("12:1 14:2@80 +150", map.Format());
        Assert.Equal(map, SourceMap.TryParse(map.Format()));
        Assert.Equal(new SourcePosition(14, 12), map.Locate(90));
        Assert.Null(SourceMap.TryParse("12:x +3"));
    }
}
