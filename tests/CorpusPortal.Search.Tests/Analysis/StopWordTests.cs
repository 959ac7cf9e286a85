using CorpusPortal.Search.Analysis;

namespace CorpusPortal.Search.Tests.Analysis;

/// <summary>Stop words: the shipped lists are the reference lists, every word on them gives no token, others survive.</summary>
public sealed class StopWordTests
{
    private static IEnumerable<string> Listed(string file) => File.ReadAllLines(ReferenceData.PathOf(file))
        .Where(l => l.Length > 0 && !l.StartsWith('#'));

    [Theory]
    [InlineData("stopwords/turkish.txt", "tr", 209)]
    [InlineData("stopwords/english.txt", "en", 33)]
    public void Every_listed_word_gives_no_token(string file, string language, int count)
    {
        var words = Listed(file).ToList();
        var analyzer = new TextAnalyzer();

        Assert.Equal(count, words.Count);
        Assert.All(words, w => Assert.Empty(analyzer.Analyze(w, language)));
    }

    [Fact]
    public void Stop_words_are_matched_after_Turkish_lowercasing()
    {
        var analyzer = new TextAnalyzer();

        Assert.Empty(analyzer.Analyze("DOLAYI ŞÖYLE İÇİN", "tr"));
        Assert.Equal(["köprü"], analyzer.Analyze("Bu köprü", "tr").Select(t => t.Stem));
        Assert.Equal(["bridg"], analyzer.Analyze("The bridge", "en").Select(t => t.Stem));
    }
}
