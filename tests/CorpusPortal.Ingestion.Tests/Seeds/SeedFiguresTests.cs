using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Ingestion.Tests.Seeds;

/// <summary>The figures the four seed texts must give (issue: foundation).</summary>
public sealed class SeedFiguresTests
{
    [Fact]
    public void Seed_002_has_55_footnotes_each_linked_to_its_marker_and_back()
    {
        var document = SeedFiles.Import("002");

        Assert.Equal(Enumerable.Range(1, 55), document.Footnotes.Select(f => f.Number));
        var markers = document.Paragraphs.SelectMany(p => p.Markers.Select(m => (m.Number, p.Anchor))).ToList();
        Assert.Equal(Enumerable.Range(1, 55), markers.Select(m => m.Number));
        foreach (var (number, anchor) in markers)
        {
            Assert.Equal(anchor, document.Footnotes[number - 1].MarkerAnchor);
        }
        Assert.DoesNotContain(document.Warnings, w => w.Severity == WarningSeverity.Error);
    }

    [Fact]
    public void Seed_002_has_sections_1_to_6_plus_Oz_Abstract_and_Extended_Abstract()
    {
        var document = SeedFiles.Import("002");

        Assert.Equal(["1", "2", "3", "4", "5", "6"], document.Sections.Where(s => s.Kind == SectionKind.Body).Select(s => s.Number));
        Assert.Equal("Giriş", document.Sections.Single(s => s.Number == "1").Title);
        Assert.Equal("Azerbaycan-Türkiye İlişkilerinin Tarihsel Arka Planı", document.Sections.Single(s => s.Number == "2").Title);
        Assert.Contains(document.Sections, s => s is { Kind: SectionKind.Abstract, Language: "tr", Title: "Öz" });
        Assert.Contains(document.Sections, s => s is { Kind: SectionKind.Abstract, Language: "en", Title: "Abstract" });
        Assert.Contains(document.Sections, s => s is { Kind: SectionKind.ExtendedAbstract, Language: "en", Title: "Extended Abstract" });
        Assert.Equal(9, document.Sections.Count);
    }

    [Fact]
    public void Seed_002_joins_paragraphs_interrupted_by_footnotes_at_a_page_bottom()
    {
        var document = SeedFiles.Import("002");

        var paragraph = document.Paragraphs.Single(p => p.Text.StartsWith("SSCB’nin dağılması sonucu", StringComparison.Ordinal));
        Assert.Contains("birtakım siyasi, ekonomik ve sosyal sorunlarla karşılaşmıştır.", paragraph.Text, StringComparison.Ordinal);
        Assert.Contains("stratejik ortaklık temelinde geliştirilmiştir.", document.Paragraphs.Single(p => p.Markers.Any(m => m.Number == 21)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("TÜRK DÜNYASI ARAŞTIRMALARI", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_002_resolves_back_references_to_the_footnote_that_gives_the_work()
    {
        var document = SeedFiles.Import("002");
        int? RefersTo(int footnote) => document.Citations.OfType<BibliographicCitation>().Single(c => c.FootnoteNumber == footnote).RefersTo;

        Assert.Equal(3, RefersTo(6));   // El-Shagel, a.g.e. -> Hasan El-Shagel in footnote 3
        Assert.Equal(5, RefersTo(10));  // A.e. after Ekşi, a.g.e. -> footnote 5
        Assert.Equal(12, RefersTo(38)); // Hasanoğlu vd., a.g.e.
        Assert.Equal(34, RefersTo(36)); // Alizade (sic) -> Nazrin Alizada, with a warning
        Assert.Equal(50, RefersTo(51)); // A.e. after an institutional author
        Assert.Contains(document.Warnings, w => w.Code == "back-reference-spelling");
    }

    [Fact]
    public void Seed_001_has_48_BCA_and_1_TDA_citations_over_24_distinct_BCA_units()
    {
        var archival = SeedFiles.Import("001").Citations.OfType<ArchivalCitation>().ToList();

        Assert.Equal(48, archival.Count(c => c.Archive == "BCA"));
        Assert.Equal(24, archival.Where(c => c.Archive == "BCA").Select(c => c.Fonds + "/" + c.Unit).Distinct().Count());
        var tda = Assert.Single(archival, c => c.Archive == "TDA");
        Assert.Equal(("571", "35868-141642-2", "1960-09-26"), (tda.Fonds, tda.Unit, tda.Date));
    }

    [Fact]
    public void Seed_001_warns_about_the_probably_mistyped_fonds_without_fixing_it()
    {
        var document = SeedFiles.Import("001");

        var warning = Assert.Single(document.Warnings, w => w.Code == "archival-probable-typo");
        Assert.Contains("30-18-2/715-318-2", warning.Message, StringComparison.Ordinal);
        Assert.Contains("30-18-1-2/715-318-2", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, document.Citations.OfType<ArchivalCitation>().Count(c => c.Fonds == "30-18-2"));
    }

    [Fact]
    public void Seed_001_reads_its_table_with_caption_rows_and_source_note()
    {
        var table = Assert.Single(SeedFiles.Import("001").Tables);

        Assert.Equal("1", table.Number);
        Assert.Equal("Türkiye’den Azerbaycan’a Gönderilen Yardım Malzemesi", table.Caption);
        Assert.Equal(["Cinsi", "Miktarı", "Değeri"], table.Rows[0]);
        Assert.Equal(["Sıvı Yağ", "2 Ton", "4.768.800"], table.Rows[4]);
        Assert.Equal(["Toplam", "90", "385.853.648"], table.Rows[^1]);
        Assert.EndsWith("[BCA] (1991, 24 Haziran) 30-18-1-2/654-61-6.", table.SourceNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_000_has_a_Turkish_and_an_English_abstract_paragraph_paired()
    {
        var document = SeedFiles.Import("000");

        var abstracts = document.Abstracts.ToList();
        Assert.Equal(["tr", "en"], abstracts.Select(a => a.Language));
        Assert.All(abstracts, a => Assert.Single(a.Blocks.OfType<Paragraph>()));
        Assert.Equal(DocumentKind.ThesisAbstract, document.Metadata.Kind);
        Assert.DoesNotContain(document.Warnings, w => w.Code == "abstract-without-counterpart");
    }

    [Fact]
    public void Seed_003_keeps_its_title_once_and_only_its_article_paragraphs()
    {
        var document = SeedFiles.Import("003");

        Assert.Equal("What does Russia want from Azerbaijan in exchange for the withdrawal of its troops?", document.Metadata.Titles["en"]);
        Assert.Equal(DocumentKind.NewsArticle, document.Metadata.Kind);
        var paragraphs = document.Paragraphs.ToList();
        Assert.Equal(8, paragraphs.Count);
        Assert.StartsWith("In a recent development", paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("However, Mamedov suggests", paragraphs[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("What does Russia want", StringComparison.Ordinal));
    }
}
