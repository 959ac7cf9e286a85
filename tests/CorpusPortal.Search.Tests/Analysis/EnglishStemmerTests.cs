using CorpusPortal.Search.Analysis.Stemming;

namespace CorpusPortal.Search.Tests.Analysis;

/// <summary>The English (Porter2) stemmer reproduces Snowball's whole English vocabulary.</summary>
public sealed class EnglishStemmerTests
{
    [Fact]
    public void Reproduces_every_stem_of_the_Snowball_English_vocabulary()
    {
        var vocabulary = ReferenceData.Vocabulary("english");

        var wrong = vocabulary.Where(p => EnglishStemmer.Stem(p.Word) != p.Stem).ToList();

        Assert.Equal(42_649, vocabulary.Count);
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {vocabulary.Count} differ, e.g. "
            + string.Join(", ", wrong.Take(20).Select(p => $"{p.Word} → {EnglishStemmer.Stem(p.Word)} (expected {p.Stem})")));
    }

    [Theory]
    [InlineData("relations", "relat")]
    [InlineData("universities", "universiti")]
    [InlineData("economic", "econom")]
    [InlineData("peacekeepers", "peacekeep")]
    [InlineData("negotiating", "negoti")]
    public void Stems_words_of_the_corpus(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));
}
