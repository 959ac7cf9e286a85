using CorpusPortal.Search.Analysis.Stemming;

namespace CorpusPortal.Search.Tests.Analysis;

/// <summary>The Turkish stemmer reproduces Snowball's whole Turkish vocabulary.</summary>
public sealed class TurkishStemmerTests
{
    [Fact]
    public void Reproduces_every_stem_of_the_Snowball_Turkish_vocabulary()
    {
        var vocabulary = ReferenceData.Vocabulary("turkish");
        var stemmer = new TurkishStemmer();

        var wrong = vocabulary.Where(p => stemmer.Stem(p.Word) != p.Stem).ToList();

        Assert.Equal(96_325, vocabulary.Count);
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {vocabulary.Count} differ, e.g. "
            + string.Join(", ", wrong.Take(30).Select(p => $"{p.Word} → {stemmer.Stem(p.Word)} (expected {p.Stem})")));
    }

    [Theory]
    [InlineData("köprünün", "köprü")]
    [InlineData("kitabı", "kitap")]
    [InlineData("ağacı", "ağaç")]
    [InlineData("dağlar", "dağ")]
    [InlineData("kedim", "kedi")]
    [InlineData("azerbaycan", "azerbayca")]
    public void Stems_words_as_the_description_says(string word, string stem) => Assert.Equal(stem, new TurkishStemmer().Stem(word));
}
