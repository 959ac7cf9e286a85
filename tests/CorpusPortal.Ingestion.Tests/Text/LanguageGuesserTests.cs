using CorpusPortal.Ingestion.LanguageDetection;

namespace CorpusPortal.Ingestion.Tests.Text;

/// <summary>The language of a passage, from its letters and most frequent words.</summary>
public sealed class LanguageGuesserTests
{
    [Theory]
    [InlineData("Türkiye ve Azerbaycan arasındaki ilişkiler bu dönemde gelişmiştir.", "tr")]
    [InlineData("The relations between the two countries developed in this period.", "en")]
    [InlineData("Azərbaycan ilə Türkiyə arasında əlaqələr bu dövrdə inkişaf etmişdir.", "az")]
    [InlineData("Решение было принято на заседании Политбюро ЦК ВКП(б) в 1930 году.", "ru")]
    [InlineData("РГАСПИ. Ф. 17. Оп. 3. Д. 45. Л. 12.", "ru")]
    public void A_passage_is_told_by_its_letters_and_words(string text, string language)
    {
        Assert.Equal(language, LanguageGuesser.Guess(text));
    }

    [Fact]
    public void A_Russian_name_quoted_in_a_Turkish_sentence_leaves_it_Turkish()
    {
        Assert.Equal("tr", LanguageGuesser.Guess("Bu karar Политбюро tarafından alınmış ve bölgede uygulanmıştır."));
    }
}
