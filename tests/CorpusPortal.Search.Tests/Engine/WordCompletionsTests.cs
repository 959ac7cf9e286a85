using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Tests.Search;
using CorpusPortal.Text;

namespace CorpusPortal.Search.Tests.Engine;

/// <summary>Finishing the word a reader types, from the seed index and the glossary.</summary>
public sealed class WordCompletionsTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private IReadOnlyList<string> Complete(string typed, int max = 8) => seeds.Index.Read(searcher =>
        WordCompletions.For(searcher.IndexReader, new TextAnalyzer(SeedIndex.ProtectedWords), seeds.Glossary, typed, max));

    [Fact]
    public void The_glossary_s_names_come_first_as_it_writes_them_then_the_index_s_words()
    {
        var completions = Complete("karab");

        Assert.Equal(["Karabakh", "Karabağ"], completions.Take(2));
        Assert.All(completions.Skip(3), word => Assert.Equal(TurkishCasing.ToLowerTurkish(word), word));
        Assert.All(completions, word => Assert.StartsWith("karab", TurkishCasing.ToLowerTurkish(word), StringComparison.Ordinal));
    }

    [Fact]
    public void Words_in_more_passages_come_before_rarer_ones()
    {
        var words = Complete("köp");

        Assert.Equal("köprü", words[0]);
        Assert.Contains("köprünün", words);
    }

    [Fact]
    public void A_capital_dotted_I_begins_the_Turkish_name_and_the_English_one()
    {
        var completions = Complete("İlh");

        Assert.Contains("İlham Aliyev", completions);
        Assert.Contains("Ilham Aliyev", completions);
        Assert.All(completions, word => Assert.True(
            TurkishCasing.ToLowerTurkish(word).StartsWith("ilh", StringComparison.Ordinal) || TurkishCasing.ToLowerEnglish(word).StartsWith("ilh", StringComparison.Ordinal), word));
    }

    [Theory]
    [InlineData("k")]
    [InlineData("30-18")]
    [InlineData("lang:tr")]
    public void One_letter_numbers_and_filters_are_not_completed(string typed)
    {
        Assert.Empty(Complete(typed));
    }

    [Fact]
    public void No_more_than_asked()
    {
        Assert.Equal(3, Complete("az", max: 3).Count);
    }
}
