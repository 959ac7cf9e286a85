using CorpusPortal.Ingestion.Header;

namespace CorpusPortal.Ingestion.Tests.Header;

/// <summary>The parts of a paper's header, one line at a time: dates, the journal line, author lines.</summary>
public sealed class HeaderPartsTests
{
    [Theory]
    [InlineData("12.01.2021", "2021-01-12")]
    [InlineData("12/01/2021", "2021-01-12")]
    [InlineData("2021-01-12", "2021-01-12")]
    [InlineData("12 Ocak 2021", "2021-01-12")]
    [InlineData("1 Şubat 2021", "2021-02-01")]
    [InlineData("12 ARALIK 2021", "2021-12-12")]
    [InlineData("12 January 2021", "2021-01-12")]
    [InlineData("January 12, 2021", "2021-01-12")]
    [InlineData("Jan. 12, 2021", "2021-01-12")]
    public void A_date_is_read_in_every_way_headers_write_it(string text, string iso)
    {
        Assert.Equal(iso, HeaderDates.Parse(text)?.ToString());
    }

    [Theory]
    [InlineData("31.02.2021")]
    [InlineData("12 Brumaire 2021")]
    [InlineData("2021")]
    public void A_date_that_is_not_in_the_calendar_is_not_read(string text)
    {
        Assert.Null(HeaderDates.Parse(text));
    }

    [Fact]
    public void A_line_with_two_labelled_dates_gives_both()
    {
        var (dates, whole) = HeaderDates.Read("Geliş Tarihi / Received: 12.01.2021 • Kabul Tarihi / Accepted: 15.03.2021");

        Assert.True(whole);
        Assert.Equal([(HeaderDateKind.Received, "2021-01-12"), (HeaderDateKind.Accepted, "2021-03-15")], dates.Select(d => (d.Kind, d.Date.ToString())));
    }

    [Theory]
    [InlineData("Karadeniz Araştırmaları, 18(70), 123-145", "Karadeniz Araştırmaları", "18", "70", "123-145")]
    [InlineData("Cilt: 5, Sayı: 2, ss. 12-34", null, "5", "2", "12-34")]
    [InlineData("Journal of Caucasian Studies, Vol. 5, No. 2, pp. 12–34", "Journal of Caucasian Studies", "5", "2", "12-34")]
    [InlineData("Türk Dünyası İncelemeleri Dergisi", "Türk Dünyası İncelemeleri Dergisi", null, null, null)]
    [InlineData("Azərbaycan Tarixi Jurnalı, Cild 3, Say 2, 2019, s. 45-60", "Azərbaycan Tarixi Jurnalı", "3", "2", "45-60")]
    [InlineData("Вопросы истории, Т. 5, № 2, с. 12", "Вопросы истории", "5", "2", null)]
    public void A_journal_line_gives_the_journal_volume_issue_and_pages(string line, string? container, string? volume, string? issue, string? pages)
    {
        var journal = JournalLine.Read(line);

        Assert.NotNull(journal);
        Assert.Equal((container, volume, issue, pages), (journal.Container, journal.Volume, journal.Issue, journal.Pages));
    }

    [Theory]
    [InlineData("İkinci Karabağ Savaşı ve Türkiye")]
    [InlineData("Second Karabakh War and Turkey")]
    [InlineData("TÜRKİYE VE AZERBAYCAN İLİŞKİLERİ")]
    [InlineData("Bu çalışma iki ülkeyi inceler.")]
    public void A_title_is_not_a_list_of_authors(string line)
    {
        Assert.Null(AuthorLine.Read(line, turkish: true, affiliationFollows: false));
    }

    [Theory]
    [InlineData("Ayşe DENEME*", "Deneme, Ayşe", "*")]
    [InlineData("Prof. Dr. Can IŞIK¹", "Işık, Can", "¹")]
    [InlineData("Mehmet Ali İNCE-ÖZTÜRK**", "İnce-Öztürk, Mehmet Ali", "**")]
    public void An_author_line_gives_names_in_the_case_of_the_language_and_their_marks(string line, string inverted, string mark)
    {
        var author = Assert.Single(AuthorLine.Read(line, turkish: true, affiliationFollows: false)!);

        Assert.Equal(inverted, author.Author.Inverted);
        Assert.Equal([mark], author.Marks);
    }

    [Fact]
    public void A_name_in_title_case_is_read_as_an_author_when_an_affiliation_follows()
    {
        var authors = AuthorLine.Read("Ayşe Deneme, Can Işık", turkish: true, affiliationFollows: true);

        Assert.Equal(["Deneme, Ayşe", "Işık, Can"], authors!.Select(a => a.Author.Inverted));
    }

    [Theory]
    [InlineData("Yüksek Lisans Tezi, Kafkas Üniversitesi, Sosyal Bilimler Enstitüsü, 2018", "Kafkas Üniversitesi, Sosyal Bilimler Enstitüsü", 2018)]
    [InlineData("Doktora Tezi, Ankara Üniversitesi", "Ankara Üniversitesi", null)]
    [InlineData("PhD Thesis, University of Oxford, 2015.", "University of Oxford", 2015)]
    public void A_thesis_line_gives_the_institution_and_the_year(string line, string institution, int? year)
    {
        var thesis = ThesisLine.Read(line);

        Assert.Equal((institution, year), (thesis!.Institution, thesis.Year));
    }

    [Fact]
    public void A_line_about_a_thesis_is_not_a_thesis_line()
    {
        Assert.Null(ThesisLine.Read("Bu tez, Türkiye ile Azerbaycan arasındaki enerji işbirliğini incelemektedir."));
    }
}
