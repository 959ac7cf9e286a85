using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusPortal.Ingestion.Tests.Sources;

/// <summary>Writes a Word file the way Word does: paragraphs with styles, runs, and footnotes and endnotes in their parts.</summary>
internal sealed class WordFile
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<(long Id, string Text)> _footnotes = [];
    private readonly List<(long Id, string Text)> _endnotes = [];

    public WordFile Heading(string text, int level = 1) => Add(Styled($"Heading{level}", new Run(new W.Text(text))));

    public WordFile Paragraph(params object[] parts)
    {
        var paragraph = new Paragraph();
        foreach (var part in parts)
        {
            paragraph.Append(part switch
            {
                string text => new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                Italic italic => new Run(new RunProperties(new W.Italic()), new W.Text(italic.Text) { Space = SpaceProcessingModeValues.Preserve }),
                Note { End: false } note => Reference(new FootnoteReference { Id = AddNote(_footnotes, note.Text) }),
                Note note => Reference(new EndnoteReference { Id = AddNote(_endnotes, note.Text) }),
                _ => throw new ArgumentException("a part is text, italic text or a note", nameof(parts)),
            });
        }
        return Add(paragraph);
    }

    public WordFile Table(params string[][] rows) => Add(new Table(rows.Select(r => new TableRow(r.Select(c => new TableCell(new Paragraph(new Run(new W.Text(c)))))))));

    /// <summary>A note; the parts of its text between asterisks are set in italics (<c>Ali Veli, *Köprüler*, 2001.</c>).</summary>
    public sealed record Note(string Text, bool End = false);

    /// <summary>Words set in italics.</summary>
    public sealed record Italic(string Text);

    public byte[] Bytes()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            if (_footnotes.Count > 0)
            {
                main.AddNewPart<FootnotesPart>().Footnotes = new W.Footnotes(_footnotes.Select(f => new Footnote(NoteParagraph(f.Text)) { Id = f.Id }));
            }
            if (_endnotes.Count > 0)
            {
                main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(_endnotes.Select(f => new Endnote(NoteParagraph(f.Text)) { Id = f.Id }));
            }
        }
        return stream.ToArray();
    }

    private WordFile Add(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    private static Paragraph Styled(string style, params OpenXmlElement[] runs) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = style }), .. runs]);

    /// <summary>A note's paragraph: the parts between asterisks in italic runs.</summary>
    private static Paragraph NoteParagraph(string text) =>
        new(text.Split('*').Select((part, i) => i % 2 == 1
            ? new Run(new RunProperties(new W.Italic()), new W.Text(part) { Space = SpaceProcessingModeValues.Preserve })
            : new Run(new W.Text(part) { Space = SpaceProcessingModeValues.Preserve })));

    private static Run Reference(OpenXmlElement reference) =>
        new(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), reference);

    private static long AddNote(List<(long Id, string Text)> notes, string text)
    {
        // Word numbers its own separator notes -1 and 0; a paper's notes start at 1.
        var id = notes.Count + 1;
        notes.Add((id, text));
        return id;
    }
}
