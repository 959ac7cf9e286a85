using CorpusPortal.Model.Citations;

namespace CorpusPortal.Ingestion.Tests.Sources;

/// <summary>A Word file as a paper: headings from its styles, its real footnotes and endnotes, its text.</summary>
public sealed class DocxSourceTests
{
    private static readonly byte[] Paper = new WordFile()
        .Heading("Giriş")
        .Paragraph("Hasret Köprüsü 1992 yılında açılmıştır.", new WordFile.Note("Ali Veli, “Köprüler”, Kafkasya Dergisi, 2001, s. 5."),
            " Köprü iki ülkeyi birbirine bağlamaktadır (BCA. 30-18-1-2/669-133-4, 05.01.1991).")
        .Heading("Türkiye'nin Tutumu")
        .Paragraph("Türkiye bu dönemde Azerbaycan'ı destekledi;", new WordFile.Note("Aynı yerde.", End: true), " yardımlar sürdü.")
        .Paragraph("Tablo 1: Yıllara göre yardımlar")
        .Table(["Yıl", "Yardım", "Tutar"], ["1992", "Köprü", "12"], ["1993", "Okul", "7"])
        .Bytes();

    private static CorpusPortal.Model.Documents.Document Import(byte[] bytes) => Importer.Import(bytes, "kopru.docx");

    [Fact]
    public void Headings_come_from_the_files_styles()
    {
        var document = Import(Paper);

        Assert.Equal(["Giriş", "Türkiye'nin Tutumu"], document.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Footnotes_and_endnotes_are_the_notes_the_text_points_to_numbered_in_order()
    {
        var document = Import(Paper);

        Assert.Equal([1, 2], document.Footnotes.Select(f => f.Number));
        Assert.Equal("Ali Veli, “Köprüler”, Kafkasya Dergisi, 2001, s. 5.", document.Footnotes[0].Text);
        Assert.Equal("Aynı yerde.", document.Footnotes[1].Text);
        Assert.All(document.Footnotes, f => Assert.NotNull(f.MarkerAnchor));
        Assert.DoesNotContain(document.Warnings, w => w.Code is "marker-without-note" or "note-without-marker" or "footnote-gap");
    }

    [Fact]
    public void The_text_reads_as_written_with_its_citations_found()
    {
        var document = Import(Paper);

        Assert.Equal("Hasret Köprüsü 1992 yılında açılmıştır. Köprü iki ülkeyi birbirine bağlamaktadır (BCA. 30-18-1-2/669-133-4, 05.01.1991).", document.Paragraphs.First().Text);
        Assert.Equal("BCA 30-18-1-2/669-133-4", Assert.Single(document.Citations.OfType<ArchivalCitation>()).Key);
        Assert.Contains(document.Warnings, w => w.Code == "docx-source");
    }

    [Fact]
    public void A_table_under_its_caption_is_a_table()
    {
        var table = Assert.Single(Import(Paper).Sections.SelectMany(s => s.Blocks).OfType<CorpusPortal.Model.Documents.Table>());

        Assert.Equal("1", table.Number);
        Assert.Equal(3, table.Rows.Count);
    }

    [Fact]
    public void A_damaged_Word_file_is_refused_clearly()
    {
        var damaged = Paper[..(Paper.Length / 2)];

        var refusal = Assert.Throws<ImportException>(() => Import(damaged));

        Assert.Contains("not a Word document that can be read", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_in_italics_stay_in_italics_in_the_text_and_the_notes()
    {
        var word = new WordFile()
            .Heading("Giriş")
            .Paragraph("Ferman ", new WordFile.Italic("Saʿdâbâd"), " ", new WordFile.Italic("kazâsına"), " gönderilmiştir ve ", new WordFile.Italic("muhâcirîn"), " için yazılmıştır.",
                new WordFile.Note("Ali Veli, *Köprüler ve Sınırlar*, İstanbul, 2001, s. 5."))
            .Bytes();

        var document = Import(word);

        var paragraph = document.Paragraphs.Single();
        Assert.Equal(["Saʿdâbâd kazâsına", "muhâcirîn"], paragraph.Emphasis.Select(e => paragraph.Text.Substring(e.Offset, e.Length)));
        var note = document.Footnotes.Single();
        Assert.Equal(["Köprüler ve Sınırlar"], note.Emphasis.Select(e => note.Text.Substring(e.Offset, e.Length)));
    }
}
