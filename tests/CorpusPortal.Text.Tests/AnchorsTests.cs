namespace CorpusPortal.Text.Tests;

/// <summary>Anchors: lowercased the Turkish way, then folded with the same table as search terms.</summary>
public sealed class AnchorsTests
{
    [Theory]
    [InlineData("Sonuç, Tartışma ve Öneriler", "sonuc-tartisma-ve-oneriler")]
    [InlineData("IĞDIR İLİ", "igdir-ili")]
    [InlineData("Türkiye’nin Birinci Karabağ Savaşına Bakışı", "turkiye-nin-birinci-karabag-savasina-bakisi")]
    public void Slugs_fold_all_four_Turkish_i_and_the_other_letters_to_ascii(string title, string slug) =>
        Assert.Equal(slug, Anchors.Slug(title));

    [Theory]
    [InlineData("Café Society", "cafe-society")]
    [InlineData("Əliyev və Naxçıvan", "aliyev-va-naxcivan")]
    [InlineData("Saʿdâbâd Paktı", "sadabad-pakti")]
    [InlineData("Łódź and Kraków", "lodz-and-krakow")]
    public void Slugs_fold_accented_letters_as_search_terms_are_folded(string title, string slug) =>
        Assert.Equal(slug, Anchors.Slug(title));

    [Fact]
    public void A_slug_stops_at_its_length_without_a_trailing_hyphen() =>
        Assert.Equal("birinci-karabag", Anchors.Slug("Birinci Karabağ Savaşı", maxLength: 16));
}
