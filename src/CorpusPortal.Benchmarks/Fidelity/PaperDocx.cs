using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusPortal.Benchmarks.Fidelity;

/// <summary>
/// A test paper as a Word file, as an author writes it in Word: the title in the Title style, headings in
/// Heading 1, words in italics in italic runs, each numbered note a real footnote referred to from its word, a table as a table; the notes to the
/// authors' names as lines under the author line, marked with stars, as journal templates have them.
/// </summary>
public static class PaperDocx
{
    /// <param name="endnotes">Whether the numbered notes are Word endnotes rather than footnotes.</param>
    public static byte[] Write(Paper paper, bool endnotes = false)
    {
        var body = new Body();
        var footnotes = new List<Footnote>
        {
            // Word's own separators come first in the footnotes part, with ids -1 and 0.
            new(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
        };
        Table? table = null;
        foreach (var block in paper.Blocks)
        {
            if (block.Kind == PaperBlockKind.TableRow)
            {
                if (table is null)
                {
                    table = new Table();
                    body.Append(table);
                }
                table.Append(new TableRow(block.Words.Select(cell => new TableCell(new Paragraph(Text(cell.Text))))));
                continue;
            }
            table = null;
            var paragraph = new Paragraph();
            var style = block.Kind switch
            {
                PaperBlockKind.Title => "Title",
                PaperBlockKind.Heading => "Heading1",
                _ => null,
            };
            if (style is not null)
            {
                paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
            }
            var authorNotes = new List<string>();
            for (var i = 0; i < block.Words.Count; i++)
            {
                var word = block.Words[i];
                if (i > 0)
                {
                    paragraph.Append(Text(" "));
                }
                paragraph.Append(word.Italic ? Italic(word.Text) : Text(word.Text));
                foreach (var note in word.Notes)
                {
                    if (note.ToAuthor)
                    {
                        var stars = new string('*', authorNotes.Count + 1);
                        authorNotes.Add(stars + " " + note.Text.Replace("_", "", StringComparison.Ordinal));
                        paragraph.Append(Text(stars));
                        continue;
                    }
                    var id = footnotes.Count - 1;
                    footnotes.Add(new Footnote(new Paragraph(
                        [new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                        Text(" "), .. note.Text.Split('_').Select((part, k) => k % 2 == 1 ? Italic(part) : Text(part))])) { Id = id });
                    OpenXmlElement reference = endnotes ? new EndnoteReference { Id = id } : new FootnoteReference { Id = id };
                    paragraph.Append(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), reference));
                }
            }
            body.Append(paragraph);
            foreach (var note in authorNotes)
            {
                body.Append(new Paragraph(Text(note)));
            }
        }
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(body);
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                Style("Title", "Title"), Style("Heading1", "heading 1"));
            if (footnotes.Count > 2 && !endnotes)
            {
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(footnotes);
            }
            if (footnotes.Count > 2 && endnotes)
            {
                main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(footnotes.Select(f => new Endnote(f.ChildElements.Select(c => c.CloneNode(true))) { Id = f.Id, Type = f.Type }));
            }
        }
        return stream.ToArray();
    }

    private static Run Text(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Italic(string text) => new(new RunProperties(new W.Italic()), new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Style Style(string id, string name) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = id };
}
