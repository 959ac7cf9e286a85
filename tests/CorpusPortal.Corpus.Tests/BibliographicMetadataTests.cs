using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Model.Bibliography;

namespace CorpusPortal.Corpus.Tests;

/// <summary>Structured authors and publication fields in the front matter, and files written before them.</summary>
public sealed class BibliographicMetadataTests
{
    private const string Full = """
        ---
        id: deneme
        kind: journal-article
        language: tr
        source: deneme.txt
        title:
          tr: 'Azerbaycan: Bağımsızlık Sonrası'
        authors:
        - family: Deneme
          given: Ayşe Nur
          affiliation: Ankara Üniversitesi
          orcid: https://orcid.org/0000-0002-1825-0097
        - family: Türk Tarih Kurumu
        container: Karadeniz Araştırmaları
        volume: 18
        issue: 70
        pages: 421-446
        doi: https://doi.org/10.12345/kara.2021.1
        published: 2021-06-30
        received: 2021-01
        licence: CC BY-NC 4.0
        ---

        Metin.

        """;

    [Fact]
    public void Every_field_is_read_and_pasted_identifier_links_keep_only_the_identifier()
    {
        var meta = CanonicalReader.Read(Full, "deneme.md").Metadata;

        Assert.Equal("Azerbaycan: Bağımsızlık Sonrası", meta.Titles["tr"]);
        Assert.Equal(new Author("Deneme", "Ayşe Nur") { Affiliation = "Ankara Üniversitesi", Orcid = "0000-0002-1825-0097" }, meta.Authors[0]);
        Assert.Equal(new Author("Türk Tarih Kurumu"), meta.Authors[1]);
        var publication = meta.Publication;
        Assert.Equal(("Karadeniz Araştırmaları", "18", "70", "421-446"), (publication.Container, publication.Volume, publication.Issue, publication.Pages));
        Assert.Equal("10.12345/kara.2021.1", publication.Doi);
        Assert.Equal((new PartialDate(2021, 6, 30), new PartialDate(2021, 1)), (publication.Published!.Value, publication.Received!.Value));
        Assert.Null(publication.Accepted);
        Assert.Null(publication.Url);
        Assert.Equal(2021, meta.Year);
    }

    [Fact]
    public void Writing_and_reading_again_gives_the_same_metadata()
    {
        var document = CanonicalReader.Read(Full, "deneme.md");

        var again = CanonicalReader.Read(CanonicalWriter.Write(document), "deneme.md");

        Assert.Equal(document.Metadata.Authors, again.Metadata.Authors);
        Assert.Equal(document.Metadata.Publication, again.Metadata.Publication);
        Assert.Equal(document.Metadata.Titles["tr"], again.Metadata.Titles["tr"]);
    }

    [Fact]
    public void A_file_from_before_structured_authors_reads_its_names_and_year()
    {
        var old = "---\nid: eski\nkind: other\nlanguage: tr\nsource: eski.txt\ntitle: {}\nauthors: [Ali Fuat Cebesoy, 'Deneme, Ayşe']\nyear: 1953\n---\n\nMetin.\n";

        var meta = CanonicalReader.Read(old, "eski.md").Metadata;

        Assert.Equal([new Author("Cebesoy", "Ali Fuat"), new Author("Deneme", "Ayşe")], meta.Authors);
        Assert.Equal(new PartialDate(1953), meta.Publication.Published);
        Assert.Contains("published: 1953", CanonicalWriter.Write(CanonicalReader.Read(old, "eski.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void What_is_not_written_is_unknown()
    {
        var meta = CanonicalReader.Read("---\nid: bos\nkind: other\nlanguage: tr\nsource: bos.txt\ntitle: {}\nauthors: []\n---\n\nMetin.\n", "bos.md").Metadata;

        Assert.Empty(meta.Authors);
        Assert.Equal(Publication.Unknown, meta.Publication);
        Assert.Null(meta.Year);
    }
}
