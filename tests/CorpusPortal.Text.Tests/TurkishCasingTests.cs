namespace CorpusPortal.Text.Tests;

/// <summary>Lower case by the language's rules, never the machine's culture: I, ı, İ and i are four letters.</summary>
public sealed class TurkishCasingTests
{
    [Theory]
    [InlineData("IŞIK", true, "ışık")]
    [InlineData("İSTANBUL", true, "istanbul")]
    [InlineData("I\u0307STANBUL", true, "istanbul")]
    [InlineData("IRAK", false, "irak")]
    [InlineData("İlham Aliyev", false, "ilham aliyev")]
    public void Lowercases_by_the_language_given(string text, bool turkish, string expected) =>
        Assert.Equal(expected, TurkishCasing.Lower(text, turkish));

    [Theory]
    [InlineData("DENEME", true, "Deneme")]
    [InlineData("IŞIK", true, "Işık")]
    [InlineData("ÖZ-TÜRK", true, "Öz-Türk")]
    [InlineData("ILLINOIS", false, "Illinois")]
    public void Capitalizes_a_word_printed_in_capitals(string word, bool turkish, string expected) =>
        Assert.Equal(expected, TurkishCasing.Capitalized(word, turkish));

    [Theory]
    [InlineData("DENEME", true)]
    [InlineData("A.", false)]
    [InlineData("Deneme", false)]
    public void Tells_a_word_in_capitals(string word, bool expected) =>
        Assert.Equal(expected, TurkishCasing.IsAllCapitals(word));
}
