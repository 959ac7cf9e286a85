using System.Text.RegularExpressions;
using CorpusPortal.Model.Bibliography;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace CorpusPortal.Ingestion.Sources.Pdf;

/// <summary>
/// A PDF as a paper, read from where its letters stand on the page rather than guessed from extracted text:
/// lines from baselines, note markers from raised small type (<see cref="PageLines"/>), running heads and page
/// numbers from what repeats at a page's edge (<see cref="RunningLines"/>), two columns read one after the other
/// (<see cref="ColumnReading"/>), footnotes from the small type at the foot (<see cref="NoteAreas"/>), paragraphs
/// and headings from spacing, indents and type (<see cref="PdfBlocks"/>), words in an italic face as italics. The
/// result is a text the importer reads as any other, the notes after the body as a Word file's are.
/// </summary>
public static partial class PdfSource
{
    /// <summary>The most pages read: a paper, even a thesis, has far fewer.</summary>
    public const int MaxPages = 2_000;

    public static (string Text, SourceHints Hints) Read(byte[] bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (pdf.NumberOfPages > MaxPages)
            {
                throw new ImportException($"the PDF has {pdf.NumberOfPages:N0} pages; the importer reads at most {MaxPages:N0}");
            }
            var pages = new List<List<PdfLine>>(pdf.NumberOfPages);
            var sizes = new Dictionary<int, (double Width, double Height)>();
            var images = 0;
            foreach (var page in pdf.GetPages())
            {
                pages.Add(PageLines.Read(page));
                sizes[page.Number] = (page.Width, page.Height);
                images += page.NumberOfImages;
            }
            if (pages.All(p => p.Count == 0))
            {
                throw new ImportException(images > 0
                    ? "the PDF has no text, only images of its pages (a scan): run text recognition (OCR) on it first, or paste its text"
                    : "the PDF has no text to read");
            }
            // The text's own size: the size most letters are set in.
            var bodySize = pages.SelectMany(p => p).GroupBy(l => Math.Round(l.Size, 1)).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
            var running = RunningLines.Remove(pages, bodySize);
            var frames = pages.Where(p => p.Count > 0).SelectMany(p => ColumnReading.Frames(p[0].Page, p, sizes[p[0].Page].Width)).ToList();
            var notes = NoteAreas.Split(frames, bodySize, sizes.ToDictionary(s => s.Key, s => s.Value.Height));
            var (text, italics, noteItalics) = PdfBlocks.Write(frames, notes);
            return (text, Hints(running) with { Italics = italics, NoteItalics = noteItalics });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ImportException("the PDF is protected by a password; open it, save a copy without the password, and import that");
        }
        // A damaged file fails deep in the parser with whatever exception the damage leads to: whichever it is, the file cannot be read.
        catch (Exception e) when (e is not ImportException and not OutOfMemoryException)
        {
            throw new ImportException($"the file is not a PDF that can be read ({Regex.Replace(e.Message, @"\s+", " ").TrimEnd('.')}); save it again from the program that made it, or paste its text");
        }
    }

    /// <summary>What the running heads say of the record (a year printed in them), and that they were left out.</summary>
    private static SourceHints Hints(List<PdfLine> running)
    {
        var year = running.Select(l => Year().Match(l.Text)).FirstOrDefault(m => m.Success);
        return new SourceHints
        {
            Publication = year is null ? Publication.Unknown : new Publication { Published = PartialDate.Parse(year.Value) },
            Dropped = running.Count == 0 ? null : "running heads and page numbers",
        };
    }

    [GeneratedRegex(@"(?<!\d)(?:1[89]|20)\d\d(?!\d)", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Year();
}
