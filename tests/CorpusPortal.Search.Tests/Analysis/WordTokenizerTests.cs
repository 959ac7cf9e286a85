using CorpusPortal.Search.Analysis;

namespace CorpusPortal.Search.Tests.Analysis;

/// <summary>Word boundaries: what stays one word and what is split.</summary>
public sealed class WordTokenizerTests
{
    private static string[] Words(string text) => WordTokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("Türkiye’nin", "Türkiye’nin")]
    [InlineData("Türkiye'nin", "Türkiye'nin")]
    [InlineData("2020’de", "2020’de")]
    [InlineData("05.01.1991", "05.01.1991")]
    [InlineData("1,5", "1,5")]
    [InlineData("U.S.A.", "U.S.A")]
    [InlineData("İHA/SİHA’ların", "İHA|SİHA’ların")]
    [InlineData("Azerbaycan-Türkiye", "Azerbaycan|Türkiye")]
    [InlineData("Bakü-Tiflis-Ceyhan", "Bakü|Tiflis|Ceyhan")]
    [InlineData("(BCA. 30-18-1-2/669-133-4, 05.01.1991)", "BCA|30|18|1|2|669|133|4|05.01.1991")]
    [InlineData("ilişkiler, ise; “Bir Millet İki Devlet”", "ilişkiler|ise|Bir|Millet|İki|Devlet")]
    [InlineData("I\u0307STANBUL", "I\u0307STANBUL")]
    public void Splits_at_word_boundaries(string text, string expected) => Assert.Equal(expected.Split('|'), Words(text));

    [Fact]
    public void Tokens_keep_their_place_in_the_text()
    {
        var text = "Hasret Köprüsü’nün açılışı";

        var tokens = WordTokenizer.Tokenize(text);

        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
        Assert.Equal(7, tokens[1].Start);
    }
}
