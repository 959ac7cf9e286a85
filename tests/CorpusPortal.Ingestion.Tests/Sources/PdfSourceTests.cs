using System.Text;
using CorpusPortal.Benchmarks.Fidelity;
using CorpusPortal.Ingestion.Sources;
using CorpusPortal.Model.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf.IO;

namespace CorpusPortal.Ingestion.Tests.Sources;

/// <summary>
/// PDF files read from their pages' layout (the papers are set by the tests themselves, <see cref="PaperPdf"/>).
/// What the fidelity set checks for whole papers (<c>Fidelity/</c>) is shown here one property at a time.
/// </summary>
public sealed class PdfSourceTests
{
    private const string Filler =
        "Nahçıvan ile Türkiye arasındaki ilişkiler, köprünün açılmasından sonra hızla gelişmiş ve iki ülkenin yetkilileri sık sık bir araya gelmiştir. Dönemin basını bu görüşmeleri birinci sayfadan vermiştir.";

    private static Document Import(byte[] pdf) => Importer.Import(pdf, "paper.pdf");

    private static string Paragraphs(int count) => string.Join("\n\n", Enumerable.Repeat(Filler, count));

    [Fact]
    public void A_PDF_is_told_by_its_first_bytes_whatever_its_name()
    {
        var pdf = PaperPdf.Write(Paper.Parse("# Giriş\n\n" + Filler), PdfLayout.Journal);

        Assert.Equal(SourceFormat.Pdf, SourceFormats.Detect(pdf));
        Assert.Equal("Giriş", Importer.Import(pdf, "paper.txt").Sections.Single().Heading);
    }

    [Fact]
    public void Raised_numbers_are_note_markers_and_the_small_type_at_the_foot_their_notes()
    {
        var pdf = PaperPdf.Write(Paper.Parse("# Giriş\n\nKöprü 1992 yılında açılmıştır.[^BCA. 30-18-1-2/669-133-4, 05.01.1991.] Açılışa iki ülkenin bakanları katılmıştır ve tören uzun sürmüştür.[^Aynı yerde.]"), PdfLayout.Journal);

        var document = Import(pdf);

        var paragraph = Assert.IsType<Paragraph>(document.Sections.Single().Blocks.Single());
        Assert.Equal("Köprü 1992 yılında açılmıştır. Açılışa iki ülkenin bakanları katılmıştır ve tören uzun sürmüştür.", paragraph.Text);
        Assert.Equal([1, 2], paragraph.Markers.Select(m => m.Number));
        Assert.Equal(["BCA. 30-18-1-2/669-133-4, 05.01.1991.", "Aynı yerde."], document.Footnotes.Select(f => f.Text));
        Assert.Contains(document.Warnings, w => w.Code == "pdf-source");
    }

    [Fact]
    public void Notes_led_by_a_number_on_the_line_are_read_as_notes_led_by_a_raised_one()
    {
        var paper = Paper.Parse("# Giriş\n\nKöprü 1992 yılında açılmıştır.[^Ali Veli, “Köprüler”, Kafkasya Dergisi, 2001, s. 5.] " + Filler);

        var raised = Import(PaperPdf.Write(paper, PdfLayout.Journal));
        var plain = Import(PaperPdf.Write(paper, PdfLayout.Journal with { RaisedNoteNumbers = false }));

        Assert.Equal(OutlineConstructs.Of(DocumentOutline.Write(raised)), OutlineConstructs.Of(DocumentOutline.Write(plain)));
        Assert.Equal("Ali Veli, “Köprüler”, Kafkasya Dergisi, 2001, s. 5.", plain.Footnotes.Single().Text);
    }

    [Fact]
    public void A_note_that_runs_over_a_pages_foot_goes_on_at_the_next_pages_foot()
    {
        var note = "İLKSÖZ " + string.Join(' ', Enumerable.Repeat("Bu belgeler Ankara'da Cumhuriyet Arşivi'nde saklanmaktadır ve araştırmacılara açıktır.", 12)) + " SONSÖZ";
        // The paragraph that refers to the long note is pushed down the first page until the note no longer fits under it.
        for (var before = 8; before < 40; before++)
        {
            var paper = Paper.Parse($"# Giriş\n\n{Paragraphs(before)}\n\nKöprü 1992 yılında açılmıştır.[^{note}] {Filler}\n\n{Paragraphs(3)}");
            var pdf = PaperPdf.Write(paper, PdfLayout.Journal);
            if (PageOf(pdf, "İLKSÖZ") == PageOf(pdf, "SONSÖZ"))
            {
                continue;
            }

            var document = Import(pdf);

            Assert.Equal(note, document.Footnotes.Single().Text);
            Assert.DoesNotContain(document.Sections.SelectMany(s => s.Blocks).OfType<Paragraph>(), p => p.Text.Contains("SONSÖZ", StringComparison.Ordinal));
            Assert.Equal(before + 4, document.Sections.Single().Blocks.Count);
            return;
        }
        Assert.Fail("no layout put the note over a page break");
    }

    [Fact]
    public void Two_columns_are_read_one_after_the_other()
    {
        var paper = Paper.Parse($"# 1. Giriş\n\n{Paragraphs(6)}\n\nKöprü 1992 yılında açılmıştır.[^Aynı yerde.] {Filler}\n\n# 2. Sonuç\n\n{Paragraphs(8)}");

        var oneColumn = Import(PaperPdf.Write(paper, PdfLayout.Journal));
        var twoColumns = Import(PaperPdf.Write(paper, PdfLayout.Journal with { TwoColumns = true }));

        Assert.Equal(OutlineConstructs.Of(DocumentOutline.Write(oneColumn)), OutlineConstructs.Of(DocumentOutline.Write(twoColumns)));
        Assert.Equal(2, twoColumns.Sections.Count);
    }

    [Fact]
    public void Words_hyphenated_at_line_ends_are_whole_again()
    {
        var paper = Paper.Parse("# Giriş\n\n" + Paragraphs(4));

        var document = Import(PaperPdf.Write(paper, PdfLayout.Journal));

        Assert.All(document.Sections.Single().Blocks.OfType<Paragraph>(), p => Assert.Equal(Filler, p.Text));
    }

    [Fact]
    public void Running_heads_and_page_numbers_are_left_out_and_a_year_in_the_head_completes_the_record()
    {
        var paper = Paper.Parse($"# Giriş\n\n{Paragraphs(30)}");

        var document = Import(PaperPdf.Write(paper, PdfLayout.Journal with { RunningHead = "Kafkas Araştırmaları 7 (2019)" }));

        Assert.DoesNotContain(document.Sections.SelectMany(s => s.Blocks).OfType<Paragraph>(), p => p.Text != Filler);
        Assert.Equal(30, document.Sections.Single().Blocks.Count);
        Assert.Equal(2019, document.Metadata.Year);
        Assert.DoesNotContain(document.Warnings, w => w.Code == "no-year");
    }

    [Fact]
    public void Words_set_in_an_italic_face_are_italics_in_the_text_and_the_notes()
    {
        var paper = Paper.Parse("# Giriş\n\nFerman _Saʿdâbâd kazâsına_ gönderilmiş ve orada okunmuştur.[^Ali Veli, _Köprüler ve Sınırlar_, İstanbul, 2001.] " + Filler);

        var document = Import(PaperPdf.Write(paper, PdfLayout.Journal));

        var paragraph = document.Paragraphs.Single();
        Assert.Equal(["Saʿdâbâd kazâsına"], paragraph.Emphasis.Select(e => paragraph.Text.Substring(e.Offset, e.Length)));
        var note = document.Footnotes.Single();
        Assert.Equal(["Köprüler ve Sınırlar"], note.Emphasis.Select(e => note.Text.Substring(e.Offset, e.Length)));
    }

    [Fact]
    public void A_password_protected_PDF_is_refused_saying_so()
    {
        var pdf = WithPassword(PaperPdf.Write(Paper.Parse("# Giriş\n\n" + Filler), PdfLayout.Journal));

        var refusal = Assert.Throws<ImportException>(() => Import(pdf));

        Assert.Contains("protected by a password", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scanned_PDF_without_text_is_refused_with_what_to_do()
    {
        var refusal = Assert.Throws<ImportException>(() => Import(ScannedPage()));

        Assert.Contains("no text, only images of its pages", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void A_truncated_PDF_is_refused_as_one_that_cannot_be_read(double kept)
    {
        var pdf = PaperPdf.Write(Paper.Parse("# Giriş\n\n" + Filler), PdfLayout.Journal);

        var refusal = Assert.Throws<ImportException>(() => Import(pdf[..(int)(pdf.Length * kept)]));

        Assert.StartsWith("the file is not a PDF that can be read", refusal.Message, StringComparison.Ordinal);
    }

    private static int PageOf(byte[] pdf, string word)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPages().First(p => p.Text.Contains(word, StringComparison.Ordinal)).Number;
    }

    private static byte[] WithPassword(byte[] pdf)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        document.SecuritySettings.UserPassword = "gizli";
        document.SecuritySettings.OwnerPassword = "gizli";
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>A page that is only a picture of a page, as a scanner makes it.</summary>
    private static byte[] ScannedPage()
    {
        PaperFonts.Install();
        var document = new PdfSharp.Pdf.PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        using (var bitmap = new MemoryStream(Bitmap(40, 60)))
        {
            graphics.DrawImage(XImage.FromStream(bitmap), 50, 50, 400, 600);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>A grey 24-bit BMP.</summary>
    private static byte[] Bitmap(int width, int height)
    {
        var row = (width * 3 + 3) / 4 * 4;
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.ASCII);
        writer.Write("BM"u8);
        writer.Write(54 + row * height);
        writer.Write(0);
        writer.Write(54);
        writer.Write(40);
        writer.Write(width);
        writer.Write(height);
        writer.Write((short)1);
        writer.Write((short)24);
        writer.Write(0);
        writer.Write(row * height);
        writer.Write(2835);
        writer.Write(2835);
        writer.Write(0);
        writer.Write(0);
        for (var i = 0; i < row * height; i++)
        {
            writer.Write((byte)(i % 7 == 0 ? 40 : 200));
        }
        writer.Flush();
        return stream.ToArray();
    }
}
