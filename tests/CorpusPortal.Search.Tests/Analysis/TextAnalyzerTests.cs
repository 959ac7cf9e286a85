using CorpusPortal.Search.Analysis;

namespace CorpusPortal.Search.Tests.Analysis;

/// <summary>The whole chain on real Turkish and English samples from the corpus.</summary>
public sealed class TextAnalyzerTests
{
    private static readonly TextAnalyzer Analyzer = new(new WordList(["türkiye", "azerbaycan", "karabağ", "ankara", "iran"]));

    private static string Stems(string text, string language) => string.Join(' ', Analyzer.Analyze(text, language).Select(t => t.Stem));

    [Theory]
    [InlineData("Hasret Köprüsü’nün açılmasına karar verildi", "hasret köprüs açılma karar veril")] // Snowball leaves the s of -sI; queries add it (see LuceneQuery)
    [InlineData("Türkiye’nin Azerbaycan’a verdiği destek", "türkiye azerbaycan verdik destek")]
    [InlineData("köprü köprünün köprüleri", "köprü köprü köprü")]
    [InlineData("İkinci Karabağ Savaşı’nda", "ikinci karabağ savaş")]
    public void Turkish_words_are_cut_at_the_apostrophe_lowercased_and_stemmed(string text, string stems) =>
        Assert.Equal(stems, Stems(text, "tr"));

    [Theory]
    [InlineData("Azerbaijan's relations with the Eurasian Economic Union", "azerbaijan relat eurasian econom union")]
    [InlineData("Russian peacekeepers' withdrawal", "russian peacekeep withdraw")]
    public void English_words_lose_possessives_and_stop_words_and_are_stemmed(string text, string stems) =>
        Assert.Equal(stems, Stems(text, "en"));

    [Theory]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Karabağ", "karabag")]
    [InlineData("Nahçıvan", "nahcivan")]
    [InlineData("İHA", "iha")]
    [InlineData("açılış", "acilis")]
    [InlineData("Əliyev", "aliyev")]
    [InlineData("şâir", "sair")]
    [InlineData("Saʿdâbâd", "sadabad")]
    [InlineData("ʿAli", "ali")]
    [InlineData("Kurʾân", "kuran")]
    public void The_folded_form_is_the_word_typed_without_Turkish_letters(string word, string folded) =>
        Assert.Equal(folded, Assert.Single(Analyzer.Analyze(word, "tr")).Folded);

    [Fact]
    public void Folding_matches_what_a_user_types_without_Turkish_letters()
    {
        foreach (var (printed, typed) in new[] { ("Türkiye", "Turkiye"), ("Karabağ", "Karabag"), ("Nahçıvan", "Nahcivan"), ("İHA", "IHA"), ("açılış", "acilis") })
        {
            var index = Assert.Single(Analyzer.Analyze(printed, "tr")).Folded;
            var query = Assert.Single(Analyzer.Analyze(typed, "tr")).Folded;
            Assert.Equal(index, query);
        }
    }

    [Fact]
    public void Protected_words_are_not_stemmed()
    {
        Assert.Equal("azerbaycan türkiye", Stems("Azerbaycan Türkiye", "tr"));
        Assert.Equal("azerbayca türki", string.Join(' ', new TextAnalyzer().Analyze("Azerbaycan Türkiye", "tr").Select(t => t.Stem)));
    }

    [Fact]
    public void Numbers_and_dates_stay_whole()
    {
        Assert.Equal("05.01.1991 1,5 2003", Stems("05.01.1991 1,5 2003’te", "tr"));
    }
}
