using System.Text.Json.Nodes;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Citing;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Tests.Citing;

/// <summary>Every citation format on a fully described article, and what each leaves out when less is known.</summary>
public sealed class CitationFormatsTests
{
    private static readonly UiText Turkish = new("tr"), English = new("en");

    private static Document Article(DocumentKind kind = DocumentKind.JournalArticle, Publication? publication = null, params Author[] authors) => new()
    {
        Metadata = new DocumentMetadata
        {
            Id = "makale", Kind = kind, PrimaryLanguage = "tr", SourceFile = "makale.txt",
            Titles = new Dictionary<string, string>
            {
                ["tr"] = "Azerbaycan-Türkiye İlişkilerinde Önemli Bir Kavşak: İkinci Karabağ Savaşı",
                ["en"] = "An Important Crossroads in Azerbaijan-Turkey Relations: Second Karabakh War",
            },
            Authors = authors.Length > 0 ? authors :
            [
                new Author("Deneme", "Ayşe Nur") { Affiliation = "Ankara Üniversitesi", Orcid = "0000-0002-1825-0097" },
                new Author("Örnek", "İsmail"),
            ],
            Publication = publication ?? new Publication
            {
                Container = "Karadeniz Araştırmaları", Volume = "18", Issue = "70", Pages = "421-446",
                Doi = "10.12345/kara.2021.1", Published = new PartialDate(2021, 6, 30), Licence = "CC BY-NC 4.0",
            },
            Keywords = [new KeywordList("tr", "Anahtar kelimeler", ["İkinci Karabağ Savaşı", "Azerbaycan"], null)],
        },
    };

    private static CitedWork Work(Document? document = null, string? paragraph = null) => new(document ?? Article(), "https://corpus.example.org", paragraph);

    [Fact]
    public void APA_names_the_authors_by_initials_and_italicises_the_journal_and_volume()
    {
        var reference = Apa7.Reference(Work(), English);

        Assert.Equal("Deneme, A. N., & Örnek, İ. (2021). Azerbaycan-Türkiye İlişkilerinde Önemli Bir Kavşak: İkinci Karabağ Savaşı. "
            + "Karadeniz Araştırmaları, 18(70), 421–446. https://doi.org/10.12345/kara.2021.1", reference.ToString());
        Assert.Equal(["Karadeniz Araştırmaları", "18"], reference.Runs.Where(r => r.Italic).Select(r => r.Text));
        Assert.Equal("(Deneme & Örnek, 2021)", Apa7.InText(Work(), English));
    }

    [Fact]
    public void APA_in_the_Turkish_interface_says_t_y_and_vd()
    {
        var three = Article(DocumentKind.JournalArticle, new Publication { Container = "Bilig" }, new Author("Bir", "Ali"), new Author("İki", "Can"), new Author("Üç", "Ece"));

        Assert.StartsWith("Bir, A., İki, C., & Üç, E. (t.y.). ", Apa7.Reference(Work(three), Turkish).ToString(), StringComparison.Ordinal);
        Assert.Equal("(Bir vd., t.y.)", Apa7.InText(Work(three), Turkish));
        Assert.Equal("(Bir et al., n.d.)", Apa7.InText(Work(three), English));
    }

    [Fact]
    public void A_paragraph_is_cited_by_its_number_and_linked_in_the_portal()
    {
        var work = Work(paragraph: "p-13");

        Assert.Equal("(Deneme & Örnek, 2021, para. 13)", Apa7.InText(work, English));
        Assert.Equal("(Deneme ve Örnek 2021, para. 13)", ChicagoAuthorDate.InText(work, Turkish));
        Assert.EndsWith(" https://corpus.example.org/documents/makale#p-13", Apa7.Reference(work, English).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Chicago_inverts_the_first_author_only_and_quotes_an_article_title()
    {
        Assert.Equal("Deneme, Ayşe Nur, and İsmail Örnek. 2021. “Azerbaycan-Türkiye İlişkilerinde Önemli Bir Kavşak: İkinci Karabağ Savaşı.” "
            + "Karadeniz Araştırmaları 18 (70): 421–446. https://doi.org/10.12345/kara.2021.1.", ChicagoAuthorDate.Reference(Work(), English).ToString());
        Assert.StartsWith("Deneme, Ayşe Nur, ve İsmail Örnek. 2021.", ChicagoAuthorDate.Reference(Work(), Turkish).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_article_is_dated_to_the_day_in_the_interface_language()
    {
        var news = Article(DocumentKind.NewsArticle, new Publication { Container = "Turan", Published = new PartialDate(2024, 4, 18), Url = "https://turan.example/x" }, new Author("Mirzazade", "Aydin"));

        Assert.Equal("Mirzazade, A. (2024, April 18). Azerbaycan-Türkiye İlişkilerinde Önemli Bir Kavşak: İkinci Karabağ Savaşı. Turan. https://turan.example/x",
            Apa7.Reference(Work(news), English).ToString());
        Assert.Contains("(2024, 18 Nisan).", Apa7.Reference(Work(news), Turkish).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_thesis_abstract_is_a_standalone_work_with_its_institution()
    {
        var thesis = Article(DocumentKind.ThesisAbstract, new Publication { Container = "Gazi Üniversitesi", Published = new PartialDate(2019) }, new Author("Yılmaz", "Ayşe"));

        Assert.Equal("Yılmaz, A. (2019). Azerbaycan-Türkiye İlişkilerinde Önemli Bir Kavşak: İkinci Karabağ Savaşı [Tez özeti, Gazi Üniversitesi]. https://corpus.example.org/documents/makale",
            Apa7.Reference(Work(thesis), Turkish).ToString());
    }

    [Fact]
    public void A_work_without_authors_starts_with_its_title()
    {
        var anonymous = Article(DocumentKind.JournalArticle, new Publication { Published = new PartialDate(2021) }, []) with { };
        anonymous = anonymous with { Metadata = anonymous.Metadata with { Authors = [] } };

        Assert.StartsWith("Azerbaycan-Türkiye İlişkilerinde Önemli Bir Kavşak: İkinci Karabağ Savaşı. (2021). ", Apa7.Reference(Work(anonymous), English).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ayşe Nur", "A. N.")]
    [InlineData("Jean-Paul", "J.-P.")]
    [InlineData("İsmail", "İ.")]
    [InlineData("ılgın", "ı.")]
    public void Initials_keep_each_letter_as_the_name_writes_it(string given, string initials) =>
        Assert.Equal(initials, AuthorNames.Initials(given));

    [Fact]
    public void BibTeX_reads_back_with_every_field()
    {
        var entry = Assert.Single(BibTexReader.Read(BibTex.Entry(Work())));

        Assert.Equal("article", entry.Type);
        Assert.Equal("deneme2021azerbaycan", entry.Key);
        Assert.Equal(["Deneme, Ayşe Nur", "Örnek, İsmail"], BibTexReader.Names(entry.Fields["author"]));
        Assert.Equal("Azerbaycan-Türkiye İlişkilerinde Önemli Bir Kavşak: İkinci Karabağ Savaşı", entry.Fields["title"]);
        Assert.Equal("Karadeniz Araştırmaları", entry.Fields["journal"]);
        Assert.Equal(("18", "70", "421--446"), (entry.Fields["volume"], entry.Fields["number"], entry.Fields["pages"]));
        Assert.Equal(("2021", "6", "2021-06-30"), (entry.Fields["year"], entry.Fields["month"], entry.Fields["date"]));
        Assert.Equal("10.12345/kara.2021.1", entry.Fields["doi"]);
        Assert.Equal("https://corpus.example.org/documents/makale", entry.Fields["url"]);
        Assert.Equal("tr", entry.Fields["language"]);
        Assert.Equal("İkinci Karabağ Savaşı, Azerbaycan", entry.Fields["keywords"]);
    }

    [Fact]
    public void BibTeX_braces_an_institution_so_it_is_not_split_into_names()
    {
        var entry = Assert.Single(BibTexReader.Read(BibTex.Entry(Work(Article(DocumentKind.Other, Publication.Unknown, new Author("Türk Tarih Kurumu"))))));

        Assert.Equal("misc", entry.Type);
        Assert.Equal("{Türk Tarih Kurumu}", entry.Fields["author"]);
        Assert.Equal(["Türk Tarih Kurumu"], BibTexReader.Names(entry.Fields["author"]));
        Assert.DoesNotContain("year", entry.Fields.Keys);
    }

    [Fact]
    public void RIS_reads_back_with_every_field()
    {
        var record = Assert.Single(RisReader.Read(Ris.Record(Work())));

        Assert.Equal("JOUR", Assert.Single(record["TY"]));
        Assert.Equal(["Deneme, Ayşe Nur", "Örnek, İsmail"], record["AU"]);
        Assert.Equal("An Important Crossroads in Azerbaijan-Turkey Relations: Second Karabakh War", Assert.Single(record["TT"]));
        Assert.Equal("Karadeniz Araştırmaları", Assert.Single(record["JO"]));
        Assert.Equal(["18", "70", "421", "446"], record["VL"].Concat(record["IS"]).Concat(record["SP"]).Concat(record["EP"]));
        Assert.Equal(("2021", "2021/06/30"), (Assert.Single(record["PY"]), Assert.Single(record["DA"])));
        Assert.Equal("10.12345/kara.2021.1", Assert.Single(record["DO"]));
        Assert.Equal(["İkinci Karabağ Savaşı", "Azerbaycan"], record["KW"]);
    }

    [Fact]
    public void CSL_JSON_gives_names_and_date_parts()
    {
        var item = CslJson.Items(Work()).Single()!;

        Assert.Equal("article-journal", (string?)item["type"]);
        Assert.Equal("Örnek", (string?)item["author"]![1]!["family"]);
        Assert.Equal("[[2021,6,30]]", item["issued"]!["date-parts"]!.ToJsonString());
        Assert.Equal(("Karadeniz Araştırmaları", "421-446", "10.12345/kara.2021.1"), ((string?)item["container-title"], (string?)item["page"], (string?)item["DOI"]));
    }

    [Fact]
    public void JSON_LD_nests_the_issue_in_the_volume_in_the_periodical()
    {
        var json = JsonNode.Parse(ScholarlyJsonLd.Of(Work()).ToJsonString())!;

        Assert.Equal("ScholarlyArticle", (string?)json["@type"]);
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", (string?)json["author"]![0]!["sameAs"]);
        Assert.Equal("Ankara Üniversitesi", (string?)json["author"]![0]!["affiliation"]!["name"]);
        var issue = json["isPartOf"]!;
        Assert.Equal(("PublicationIssue", "70"), ((string?)issue["@type"], (string?)issue["issueNumber"]));
        Assert.Equal("Karadeniz Araştırmaları", (string?)issue["isPartOf"]!["isPartOf"]!["name"]);
        Assert.Equal(("2021-06-30", "421", "446"), ((string?)json["datePublished"], (string?)json["pageStart"], (string?)json["pageEnd"]));
    }

    [Fact]
    public void Highwire_tags_name_each_author_with_institution_and_the_pages()
    {
        var tags = HighwireTags.Of(Work()).ToList();

        Assert.Equal(["Deneme, Ayşe Nur", "Örnek, İsmail"], tags.Where(t => t.Name == "citation_author").Select(t => t.Content));
        Assert.Equal(("citation_author_institution", "Ankara Üniversitesi"), tags[tags.IndexOf(("citation_author", "Deneme, Ayşe Nur")) + 1]);
        Assert.Contains(("citation_publication_date", "2021/06/30"), tags);
        Assert.Contains(("citation_firstpage", "421"), tags);
        Assert.Contains(("citation_lastpage", "446"), tags);
        Assert.Contains(("citation_journal_title", "Karadeniz Araştırmaları"), tags);
        Assert.Contains(("citation_doi", "10.12345/kara.2021.1"), tags);
    }

    [Fact]
    public void Nothing_unknown_is_written()
    {
        var bare = Work(Article(DocumentKind.JournalArticle, Publication.Unknown, []) is var d ? d with { Metadata = d.Metadata with { Authors = [] } } : null);

        var record = Assert.Single(RisReader.Read(Ris.Record(bare)));
        Assert.Empty(record["AU"]);
        Assert.Empty(record["PY"]);
        Assert.Empty(record["JO"]);
        Assert.DoesNotContain(HighwireTags.Of(bare), t => t.Name is "citation_author" or "citation_publication_date" or "citation_doi");
        Assert.Null(ScholarlyJsonLd.Of(bare)["author"]);
    }
}
