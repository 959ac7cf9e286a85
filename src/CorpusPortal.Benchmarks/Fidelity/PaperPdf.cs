using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CorpusPortal.Benchmarks.Fidelity;

/// <summary>How a test paper is laid out on A4 pages.</summary>
public sealed record PdfLayout
{
    /// <summary>Two columns with a gutter, each with its notes at its foot.</summary>
    public bool TwoColumns { get; init; }

    /// <summary>A running head at the top of every page but the first.</summary>
    public string? RunningHead { get; init; }

    /// <summary>The page number at the foot of every page.</summary>
    public bool PageNumbers { get; init; } = true;

    /// <summary>The notes at a page's foot led by their number raised (as the markers in the text), or by the number on the line.</summary>
    public bool RaisedNoteNumbers { get; init; } = true;

    /// <summary>The numbered notes gathered after the text under this heading (endnotes) instead of at the pages' foot.</summary>
    public string? EndnotesHeading { get; init; }

    /// <summary>Words broken at line ends with a hyphen where a syllable ends.</summary>
    public bool Hyphenate { get; init; } = true;

    public static PdfLayout Journal { get; } = new() { RunningHead = "Kafkas Araştırmaları Dergisi 18 (2021)" };
}

/// <summary>
/// Sets a test paper as a PDF the way a journal's typesetter does (PDFsharp): paragraphs with indented first
/// lines, bold headings, note markers raised after their word, the notes at the foot of the page (or column) whose
/// text refers to them, under a short rule, a note that does not fit going on at the next page's foot, running
/// heads and page numbers, words hyphenated at line ends.
/// </summary>
public static class PaperPdf
{
    private const double PageWidth = 595, PageHeight = 842, Margin = 64, Top = 78, Bottom = 70, Gutter = 20;
    private const double BodySize = 10, NoteSize = 8, NoteLeading = 10, MarkerSize = 6, MarkerRise = 3.5, Indent = 16;

    private sealed record Piece(string Text, XFont Font, double X, double Rise);

    private sealed record SetLine(List<Piece> Pieces, double Leading, double SpaceBefore, List<int> Notes, bool KeepWithNext);

    private sealed record Placed(SetLine Line, double X, double Baseline);

    public static byte[] Write(Paper paper, PdfLayout layout)
    {
        PaperFonts.Install();
        var columns = layout.TwoColumns ? 2 : 1;
        var width = (PageWidth - 2 * Margin - (columns - 1) * Gutter) / columns;
        var setter = new Setter(layout, width);
        var body = setter.Body(paper);
        var pages = Flow(body, setter.NoteLines, columns, width);
        var document = new PdfDocument();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            using var graphics = XGraphics.FromPdfPage(page);
            foreach (var placed in pages[p].Lines)
            {
                foreach (var piece in placed.Line.Pieces)
                {
                    graphics.DrawString(piece.Text, piece.Font, XBrushes.Black, placed.X + piece.X, placed.Baseline - piece.Rise);
                }
            }
            foreach (var rule in pages[p].Rules)
            {
                graphics.DrawLine(new XPen(XColors.Black, 0.5), rule.X, rule.Y, rule.X + 60, rule.Y);
            }
            var small = new XFont(PaperFonts.Family, 8);
            if (p > 0 && layout.RunningHead is { } head)
            {
                graphics.DrawString(head, small, XBrushes.Black, Margin, 48);
            }
            if (layout.PageNumbers)
            {
                graphics.DrawString((p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new XFont(PaperFonts.Family, 9), XBrushes.Black, PageWidth / 2 - 4, PageHeight - 36);
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private sealed record Page(List<Placed> Lines, List<(double X, double Y)> Rules);

    /// <summary>Pours the body's lines into columns and pages, each column's notes at its foot.</summary>
    private static List<Page> Flow(List<SetLine> body, Dictionary<int, List<SetLine>> notes, int columns, double width)
    {
        var pages = new List<Page>();
        var carried = new Queue<SetLine>();
        var index = 0;
        while (index < body.Count || carried.Count > 0)
        {
            var page = new Page([], []);
            pages.Add(page);
            for (var column = 0; column < columns && (index < body.Count || carried.Count > 0); column++)
            {
                var x = Margin + column * (width + Gutter);
                var footLines = new List<SetLine>();
                while (carried.Count > 0)
                {
                    footLines.Add(carried.Dequeue());
                }
                var y = Top;
                var limit = PageHeight - Bottom;
                static double FootHeight(int lines) => lines == 0 ? 0 : 8 + lines * NoteLeading;
                while (index < body.Count)
                {
                    var line = body[index];
                    var before = page.Lines.Count == 0 || y == Top ? 0 : line.SpaceBefore;
                    var bottom = y + before + line.Leading;
                    // A heading is not left alone at a column's foot.
                    var next = line.KeepWithNext && index + 1 < body.Count ? body[index + 1].Leading * 2 + 6 : 0;
                    var own = line.Notes.SelectMany(n => notes[n]).ToList();
                    if (bottom + next <= limit - FootHeight(footLines.Count + own.Count))
                    {
                        footLines.AddRange(own);
                    }
                    else if (own.Count > 0 && bottom <= limit - FootHeight(footLines.Count + 1))
                    {
                        // The note begins here and goes on at the next foot.
                        var fit = 1;
                        while (fit < own.Count && bottom <= limit - FootHeight(footLines.Count + fit + 1))
                        {
                            fit++;
                        }
                        footLines.AddRange(own.Take(fit));
                        foreach (var rest in own.Skip(fit))
                        {
                            carried.Enqueue(rest);
                        }
                        page.Lines.Add(new Placed(line, x, bottom - 0.25 * line.Leading));
                        index++;
                        break;
                    }
                    else if (y > Top)
                    {
                        break;
                    }
                    page.Lines.Add(new Placed(line, x, bottom - 0.25 * line.Leading));
                    y = bottom;
                    index++;
                }
                if (footLines.Count > 0)
                {
                    var first = limit - footLines.Count * NoteLeading;
                    page.Rules.Add((x, first - 4));
                    for (var i = 0; i < footLines.Count; i++)
                    {
                        page.Lines.Add(new Placed(footLines[i], x, first + (i + 1) * NoteLeading - 2.5));
                    }
                }
            }
        }
        return pages;
    }

    /// <summary>Breaks a paper's blocks into lines of one column's width, numbering its notes and setting their lines.</summary>
    private sealed class Setter(PdfLayout layout, double width)
    {
        private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
        private readonly XFont _body = new(PaperFonts.Family, BodySize);
        private readonly XFont _bold = new(PaperFonts.Family, BodySize, XFontStyleEx.Bold);
        private readonly XFont _title = new(PaperFonts.Family, 14, XFontStyleEx.Bold);
        private readonly XFont _header = new(PaperFonts.Family, 9);
        private readonly XFont _note = new(PaperFonts.Family, NoteSize);
        private readonly XFont _italicBody = new(PaperFonts.Family, BodySize, XFontStyleEx.Italic);
        private readonly XFont _italicNote = new(PaperFonts.Family, NoteSize, XFontStyleEx.Italic);
        private readonly XFont _marker = new(PaperFonts.Family, MarkerSize);
        private int _numbered;
        private int _starred;

        public Dictionary<int, List<SetLine>> NoteLines { get; } = [];

        public List<SetLine> Body(Paper paper)
        {
            var lines = new List<SetLine>();
            PaperBlockKind? previous = null;
            foreach (var block in paper.Blocks)
            {
                var leading = BodySize * 1.25;
                var set = block.Kind switch
                {
                    PaperBlockKind.Title => Break(block.Words, _title, 18, indent: 0, spaceBefore: 8),
                    PaperBlockKind.HeaderLine => Break(block.Words, _header, 11.5, indent: 0, spaceBefore: 8),
                    PaperBlockKind.Heading => Break(block.Words, _bold, leading, indent: 0, spaceBefore: 12),
                    PaperBlockKind.TableRow => [Row(block, leading)],
                    _ => Break(block.Words, _body, leading, indent: Indent,
                        spaceBefore: previous is PaperBlockKind.Title or PaperBlockKind.HeaderLine ? 12 : 0),
                };
                if (block.Kind == PaperBlockKind.Heading)
                {
                    set[^1] = set[^1] with { KeepWithNext = true };
                }
                lines.AddRange(set);
                previous = block.Kind;
            }
            if (layout.EndnotesHeading is { } heading && NoteLines.Keys.Any(k => k > 0))
            {
                var title = Break([new PaperWord(heading, [])], _bold, BodySize * 1.25, indent: 0, spaceBefore: 12);
                title[^1] = title[^1] with { KeepWithNext = true };
                lines.AddRange(title);
                foreach (var key in NoteLines.Keys.Where(k => k > 0).Order().ToList())
                {
                    lines.AddRange(NoteLines[key]);
                    NoteLines.Remove(key);
                }
            }
            return lines;
        }

        private SetLine Row(PaperBlock row, double leading)
        {
            var cell = width / row.Words.Count;
            return new SetLine(row.Words.Select((w, i) => new Piece(w.Text, _body, i * cell, 0)).ToList(), leading, 0, [], false);
        }

        private List<SetLine> Break(IReadOnlyList<PaperWord> words, XFont font, double leading, double indent, double spaceBefore)
        {
            var space = Width(" ", font);
            var lines = new List<SetLine>();
            var pieces = new List<Piece>();
            var lineNotes = new List<int>();
            var x = indent;
            void Finish()
            {
                lines.Add(new SetLine([.. pieces], leading, lines.Count == 0 ? spaceBefore : 0, [.. lineNotes], false));
                pieces.Clear();
                lineNotes.Clear();
                x = 0;
            }
            // Each note is numbered once, where its word first comes, whichever line the word ends on.
            var tokens = words.Select(w => (Text: w.Text, Markers: Markers(w), Font: w.Italic ? Italic(font) : font)).ToList();
            // A word that does not fit ends the line and is tried again on the next; a hyphenated one goes on with its tail.
            for (var i = 0; i < tokens.Count;)
            {
                var (text, markers, wordFont) = tokens[i];
                var wordWidth = Width(text, wordFont) + markers.Sum(m => Width(m.Text, _marker));
                var start = pieces.Count == 0 ? x : x + space;
                if (start + wordWidth <= width || pieces.Count == 0)
                {
                    Place(text, markers, start, wordFont, pieces, lineNotes);
                    x = start + wordWidth;
                    i++;
                    continue;
                }
                if (layout.Hyphenate && Split(text, wordFont, width - start) is { } split)
                {
                    pieces.Add(new Piece(split.Head + "-", wordFont, start, 0));
                    tokens[i] = (split.Tail, markers, wordFont);
                }
                Finish();
            }
            if (pieces.Count > 0)
            {
                Finish();
            }
            return lines;
        }

        private void Place(string text, List<(string Text, int Key)> markers, double x, XFont font, List<Piece> pieces, List<int> lineNotes)
        {
            pieces.Add(new Piece(text, font, x, 0));
            x += Width(text, font);
            foreach (var (mark, key) in markers)
            {
                pieces.Add(new Piece(mark, _marker, x, MarkerRise));
                x += Width(mark, _marker);
                // Endnotes are not set at the foot; the notes to the authors' names always are.
                if (key < 0 || layout.EndnotesHeading is null)
                {
                    lineNotes.Add(key);
                }
            }
        }

        /// <summary>
        /// The markers a word's notes print after it, numbering each note and setting its lines. A note to an
        /// author's name is marked with stars and keyed by a negative number.
        /// </summary>
        private List<(string Text, int Key)> Markers(PaperWord word)
        {
            var markers = new List<(string, int)>();
            foreach (var note in word.Notes)
            {
                var (mark, key) = note.ToAuthor
                    ? (new string('*', ++_starred), -_starred)
                    : ((++_numbered).ToString(System.Globalization.CultureInfo.InvariantCulture), _numbered);
                markers.Add((mark, key));
                NoteLines[key] = NoteText(mark, note.Text);
            }
            return markers;
        }

        private List<SetLine> NoteText(string mark, string text)
        {
            var lead = layout.RaisedNoteNumbers
                ? new Piece(mark, _marker, 0, MarkerRise)
                : new Piece(mark, _note, 0, 0);
            var leadWidth = Width(mark, lead.Font) + Width(" ", _note);
            var words = Paper.Words(text);
            var lines = Break(words, _note, NoteLeading, indent: leadWidth, spaceBefore: 0);
            lines[0].Pieces.Insert(0, lead);
            return lines;
        }

        /// <summary>A word cut where a syllable ends (or at its hyphen); never an abbreviation in capitals or a word with digits (<c>ORCID</c>, <c>HR.SYS</c>).</summary>
        private (string Head, string Tail)? Split(string word, XFont font, double room)
        {
            if (word.Skip(1).Any(char.IsUpper) || word.Any(char.IsDigit))
            {
                return null;
            }
            for (var at = word.Length - 2; at >= 2; at--)
            {
                var can = word[at - 1] == '-' || (char.IsLetter(word[at - 1]) && IsVowel(word[at]) is false && at + 1 < word.Length && IsVowel(word[at + 1]) && word[..at].Any(IsVowel));
                if (can && word[at..].Count(char.IsLetter) >= 2)
                {
                    var head = word[at - 1] == '-' ? word[..(at - 1)] : word[..at];
                    if (Width(head + "-", font) <= room)
                    {
                        return (head, word[at..]);
                    }
                }
            }
            return null;
        }

        /// <summary>The italic face of the text's or the notes' type; headings and titles have none.</summary>
        private XFont Italic(XFont font) => font == _body ? _italicBody : font == _note ? _italicNote : font;

        private static bool IsVowel(char c) => "aeıioöuüâîûAEIİOÖUÜÂÎÛəƏ".Contains(c, StringComparison.Ordinal);

        private double Width(string text, XFont font) => _measure.MeasureString(text, font).Width;
    }
}
