using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusPortal.Ingestion.Sources;

/// <summary>
/// A Word file as a paper. What the file knows is used, not guessed: a paragraph in a heading style is a heading
/// (a block of its own), footnotes and endnotes are the notes the text points to, numbered in the order they are
/// referred to, each marker placed right after the word it follows; the runs set in italics are kept as hints, the
/// phrases in the order they come (<see cref="SourceHints.Italics"/>, <see cref="SourceHints.NoteItalics"/>). The
/// result is a text the importer reads as any other, with the notes after the body as a page's notes are.
/// </summary>
public static class DocxSource
{
    /// <summary>The most text a Word file may hold: as much as a raw text may (<see cref="CorpusPortal.Ingestion.Text.RawTextDecoder"/>).</summary>
    private const int MaxCharacters = CorpusPortal.Ingestion.Text.RawTextDecoder.DefaultMaxBytes;

    public static (string Text, SourceHints Hints) Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            // A part may not unpack to more than the importer takes as a text (a small file that expands hugely is refused).
            using var word = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharacters });
            var body = word.MainDocumentPart?.Document?.Body
                ?? throw new ImportException("the Word file has no document body");
            var footnotes = word.MainDocumentPart!.FootnotesPart?.Footnotes?.Elements<Footnote>()
                .ToDictionary(f => (long)(f.Id?.Value ?? -1), f => f) ?? [];
            var endnotes = word.MainDocumentPart.EndnotesPart?.Endnotes?.Elements<Endnote>()
                .ToDictionary(e => (long)(e.Id?.Value ?? -1), e => e) ?? [];
            var styles = word.MainDocumentPart.StyleDefinitionsPart?.Styles?.Elements<Style>()
                .Where(s => s.StyleId?.Value is not null)
                .ToDictionary(s => s.StyleId!.Value!, s => s.StyleName?.Val?.Value ?? s.StyleId!.Value!, StringComparer.Ordinal) ?? [];
            var text = new StringBuilder();
            var notes = new List<OpenXmlElement>();
            var italics = new List<string>();
            var noteItalics = new Dictionary<int, IReadOnlyList<string>>();
            foreach (var block in body.Elements<OpenXmlElement>())
            {
                switch (block)
                {
                    case Paragraph paragraph:
                        Append(text, paragraph, footnotes, endnotes, notes, styles);
                        italics.AddRange(Italics(paragraph));
                        break;
                    case Table table:
                        var rows = table.Elements<TableRow>()
                            .Select(row => string.Join("  ", row.Elements<TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().Select(p => Plain(p, footnotes, endnotes, notes))))).Trim())
                            .Where(row => row.Length > 0)
                            .ToList();
                        if (rows.Count > 0)
                        {
                            // The rows are one block, under the caption when one comes right before ("Tablo 1: …"), as a table reads in a text.
                            if (CaptionEnds(text))
                            {
                                text.Length -= 1;
                            }
                            text.Append(string.Join('\n', rows)).Append("\n\n");
                        }
                        break;
                }
            }
            if (notes.Count > 0)
            {
                // The notes follow the body, one block, each line led by its number: as notes at a page's foot.
                for (var i = 0; i < notes.Count; i++)
                {
                    text.Append(i + 1).Append(' ').Append(NoteText(notes[i])).Append('\n');
                }
            }
            foreach (var (note, index) in notes.Select((n, i) => (n, i)))
            {
                noteItalics[index + 1] = note.Elements<Paragraph>().SelectMany(Italics).ToList();
            }
            return text.Length <= MaxCharacters
                ? (text.ToString(), new SourceHints { Italics = italics, NoteItalics = noteItalics })
                : throw new ImportException($"the Word file holds {text.Length:N0} characters of text; the limit is {MaxCharacters:N0}");
        }
        // A damaged package fails in the ZIP reader, the packaging layer or the XML reader, each with its own exception
        // (InvalidDataException, FileFormatException, OpenXmlPackageException, XmlException, InvalidOperationException …):
        // whichever it is, the file is not one that can be read.
        catch (Exception e) when (e is not ImportException and not OutOfMemoryException)
        {
            throw new ImportException($"the file is not a Word document that can be read ({e.Message.TrimEnd('.')}); save it again as .docx, or paste its text");
        }
    }

    /// <summary>True when the text ends with a table's caption paragraph (<c>Tablo 1: …</c>, <c>Table 2.</c>).</summary>
    private static bool CaptionEnds(StringBuilder text)
    {
        var all = text.ToString().TrimEnd('\n');
        var last = all[(all.LastIndexOf('\n') + 1)..];
        return System.Text.RegularExpressions.Regex.IsMatch(last, @"^(?:Tablo|Table|Çizelge)\s+\d+", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(CorpusPortal.Text.RegexBudget.Milliseconds));
    }

    private static void Append(StringBuilder text, Paragraph paragraph, IReadOnlyDictionary<long, Footnote> footnotes,
        IReadOnlyDictionary<long, Endnote> endnotes, List<OpenXmlElement> notes, IReadOnlyDictionary<string, string> styles)
    {
        var line = Plain(paragraph, footnotes, endnotes, notes);
        if (line.Length == 0)
        {
            return;
        }
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var name = style is null ? "" : styles.GetValueOrDefault(style, style);
        var isHeading = name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Başlık", StringComparison.Ordinal)
            || name is "Title" or "title" or "Subtitle" or "subtitle"
            || paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is not null;
        // A heading is a line of its own, never joined to the text after it; a heading ending in a colon would read as a sentence's start.
        text.Append(isHeading ? line.TrimEnd(':', ' ') : line).Append("\n\n");
    }

    /// <summary>A paragraph's text: its runs, tabs and breaks as spaces, each note reference as the note's number.</summary>
    private static string Plain(Paragraph paragraph, IReadOnlyDictionary<long, Footnote> footnotes, IReadOnlyDictionary<long, Endnote> endnotes, List<OpenXmlElement> notes)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t when t.Parent is Run:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case FootnoteReference reference when reference.Id?.Value is { } id && footnotes.TryGetValue(id, out var footnote):
                    notes.Add(footnote);
                    text.Append(notes.Count);
                    break;
                case EndnoteReference reference when reference.Id?.Value is { } id && endnotes.TryGetValue(id, out var endnote):
                    notes.Add(endnote);
                    text.Append(notes.Count);
                    break;
            }
        }
        return CorpusPortal.Text.Spacing.Single(text.ToString());
    }

    /// <summary>
    /// The phrases a paragraph sets in italics: runs in italics (<c>w:i</c>, not switched off) one after the other, or
    /// apart by runs of spaces only, make one phrase, its spaces made single and its ends trimmed as the paragraph's text is.
    /// </summary>
    private static IEnumerable<string> Italics(Paragraph paragraph)
    {
        var phrase = new StringBuilder();
        foreach (var run in paragraph.Descendants<Run>())
        {
            var italic = run.RunProperties?.Italic is { } i && (i.Val is null || i.Val.Value);
            var content = string.Concat(run.Elements<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
            // A space between two italic runs, itself upright, does not end the phrase.
            if (italic || (phrase.Length > 0 && content.Length > 0 && string.IsNullOrWhiteSpace(content)))
            {
                phrase.Append(content);
                continue;
            }
            if (content.Length == 0 && !run.Elements<FootnoteReference>().Any() && !run.Elements<EndnoteReference>().Any())
            {
                continue;
            }
            if (CorpusPortal.Text.Spacing.Single(phrase.ToString()) is { Length: > 0 } done)
            {
                yield return done;
            }
            phrase.Clear();
        }
        if (CorpusPortal.Text.Spacing.Single(phrase.ToString()) is { Length: > 0 } last)
        {
            yield return last;
        }
    }

    private static string NoteText(OpenXmlElement note) =>
        CorpusPortal.Text.Spacing.Single(string.Join(' ', note.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)))));
}
