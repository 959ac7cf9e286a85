using System.Text;

namespace CorpusPortal.Benchmarks.Fidelity;

/// <summary>
/// A test paper as the text an editor pastes from a clean copy: a blank line between blocks, each paragraph on
/// one line, note markers as superscript digits after their word, the notes to the authors' names under the
/// author line, the numbered notes after the text (under their heading when they are endnotes), each on a line
/// led by its marker; a table's rows under
/// their caption, cells apart by two spaces.
/// </summary>
public static class PaperText
{
    public static string Write(Paper paper, string? endnotesHeading = null)
    {
        var text = new StringBuilder();
        var notes = new List<string>();
        PaperBlockKind? previous = null;
        foreach (var block in paper.Blocks)
        {
            var authorNotes = new List<string>();
            var line = block.Kind == PaperBlockKind.TableRow
                ? string.Join("  ", block.Words.Select(w => w.Text))
                : string.Join(' ', block.Words.Select(w => w.Text + string.Concat(w.Notes.Select(n => Marker(n, notes, authorNotes)))));
            if (block.Kind == PaperBlockKind.TableRow && previous is PaperBlockKind.Paragraph or PaperBlockKind.TableRow)
            {
                text.Length -= 1;
            }
            text.Append(line).Append("\n\n");
            if (authorNotes.Count > 0)
            {
                text.Append(string.Join('\n', authorNotes)).Append("\n\n");
            }
            previous = block.Kind;
        }
        if (endnotesHeading is not null && notes.Count > 0)
        {
            text.Append(endnotesHeading).Append("\n\n");
        }
        foreach (var note in notes)
        {
            text.Append(note).Append('\n');
        }
        return text.ToString();
    }

    private static string Marker(PaperNote note, List<string> notes, List<string> authorNotes)
    {
        if (note.ToAuthor)
        {
            var stars = new string('*', authorNotes.Count + 1);
            authorNotes.Add(stars + " " + note.Text.Replace("_", "", StringComparison.Ordinal));
            return stars;
        }
        notes.Add(Superscript(notes.Count + 1) + " " + note.Text.Replace("_", "", StringComparison.Ordinal));
        return Superscript(notes.Count);
    }

    public static string Superscript(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0']));

    /// <summary>
    /// The text a PDF reader's "save as text" gives of a paper's PDF: its lines as printed, page by page, the note
    /// markers as plain digits after their word, the notes, running heads and page numbers where each page has them.
    /// The text importer must make of it what the PDF reader makes of the file.
    /// </summary>
    public static string FromPdf(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(page => UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(page))) + "\n";
    }
}
