using CorpusPortal.Model.Bibliography;

namespace CorpusPortal.Model.Tests;

/// <summary>DOIs, ORCID iDs and dates as papers print them.</summary>
public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("0000-0002-1825-0097", true)]
    [InlineData("0000-0001-5109-3700", true)]
    [InlineData("0000-0002-1694-233X", true)]
    [InlineData("0000-0002-1825-0098", false)]
    [InlineData("0000-0002-1825-009", false)]
    public void An_ORCID_iD_needs_its_check_digit(string orcid, bool valid) => Assert.Equal(valid, Identifiers.IsOrcid(orcid));

    [Theory]
    [InlineData("https://doi.org/10.12345/kara.2021.1", "10.12345/kara.2021.1")]
    [InlineData("doi:10.1000/xyz", "10.1000/xyz")]
    [InlineData("10.1000/xyz", "10.1000/xyz")]
    public void A_pasted_DOI_link_keeps_only_the_DOI(string pasted, string doi) => Assert.Equal(doi, Identifiers.PlainDoi(pasted));

    [Theory]
    [InlineData("2021", "2021")]
    [InlineData("2021-06", "2021-06")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2021-02-29", null)]
    [InlineData("2021-13", null)]
    [InlineData("21-06-30", null)]
    [InlineData("30.06.2021", null)]
    public void Dates_are_known_to_the_year_the_month_or_the_day(string text, string? read) =>
        Assert.Equal(read, PartialDate.Parse(text)?.ToString());

    [Theory]
    [InlineData("Ayşe Deneme", "Deneme", "Ayşe")]
    [InlineData("Ali Fuat Cebesoy", "Cebesoy", "Ali Fuat")]
    [InlineData("Deneme, Ayşe", "Deneme", "Ayşe")]
    [InlineData("TRT", "TRT", null)]
    public void A_name_in_one_piece_is_split_at_its_last_word_or_its_comma(string name, string family, string? given) =>
        Assert.Equal(new Author(family, given), Author.FromName(name));
}
