using System.Text;
using CorpusPortal.Ingestion.Text;

namespace CorpusPortal.Ingestion.Sources.Pdf;

/// <summary>
/// The body's lines as the blocks of a text: a paragraph's lines joined into one line (a typesetter's hyphen at a
/// line's end undone), a blank line between blocks, the notes after the body, each on a line led by its marker.
/// A new block begins where the type changes (a heading's size or weight), after a gap wider than the lines'
/// spacing, at an indented first line, and after a line that ended before the margin with room for the next word. A table's rows (words apart
/// by wide gaps) stay on lines of their own.
/// </summary>
internal static class PdfBlocks
{
    /// <returns>The text, and the phrases set in italics in the body and in each note (by its number), in order.</returns>
    public static (string Text, List<string> Italics, Dictionary<int, IReadOnlyList<string>> NoteItalics) Write(List<PdfFrame> body, PdfNotes notes)
    {
        var vocabulary = new Vocabulary(body.SelectMany(f => f.Lines).Concat(notes.Numbered.SelectMany(n => n.Lines)).Select(l => l.Text));
        var leading = Leading(body);
        var blocks = new List<List<PdfLine>>();
        PdfLine? previous = null;
        (double Left, double Right) previousEdges = default;
        foreach (var frame in body)
        {
            var edges = Edges(frame);
            for (var i = 0; i < frame.Lines.Count; i++)
            {
                var line = frame.Lines[i];
                if (previous is null || Breaks(previous, previousEdges, line, edges, sameFrame: i > 0, leading))
                {
                    blocks.Add([]);
                }
                blocks[^1].Add(line);
                previous = line;
                previousEdges = edges;
            }
        }
        var text = new StringBuilder();
        var italics = new List<string>();
        var authorNotesWritten = notes.AuthorNotes.Count == 0;
        foreach (var block in blocks)
        {
            var (joined, phrases) = Join(block, vocabulary);
            italics.AddRange(phrases);
            text.Append(joined).Append("\n\n");
            // The notes to the authors' names follow the line that marks them, as a header prints them.
            if (!authorNotesWritten && block.Any(l => l.Words.Any(w => w.Raised && w.Text.StartsWith('*'))))
            {
                text.Append(string.Join('\n', notes.AuthorNotes.Select(n => Join(n.Lines, vocabulary, keepRows: false).Text))).Append("\n\n");
                authorNotesWritten = true;
            }
        }
        if (!authorNotesWritten)
        {
            text.Insert(0, string.Join('\n', notes.AuthorNotes.Select(n => Join(n.Lines, vocabulary, keepRows: false).Text)) + "\n\n");
        }
        var noteItalics = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var note in notes.Numbered)
        {
            var (joined, phrases) = Join(note.Lines, vocabulary, keepRows: false);
            text.Append(joined).Append('\n');
            noteItalics[note.Number] = phrases;
        }
        return (text.ToString(), italics, noteItalics);
    }

    private static bool Breaks(PdfLine previous, (double Left, double Right) previousEdges, PdfLine line, (double Left, double Right) edges,
        bool sameFrame, IReadOnlyDictionary<double, double> leading)
    {
        var size = Math.Max(previous.Size, line.Size);
        if (Math.Abs(previous.Size - line.Size) > 0.12 * size || previous.Bold != line.Bold)
        {
            return true;
        }
        if (sameFrame && previous.Baseline - line.Baseline > 1.35 * Math.Min(leading.GetValueOrDefault(Math.Round(line.Size), 1.2 * line.Size), 1.3 * line.Size))
        {
            return true;
        }
        var indent = line.Left - edges.Left;
        if (indent > 0.8 * line.Size && indent < 6 * line.Size && !(sameFrame && Math.Abs(previous.Left - line.Left) < 0.5 * line.Size))
        {
            return true;
        }
        // A line that ends where the next line's first word would have fitted was ended on purpose: a paragraph's
        // last line, or a line of a block set line by line. A hyphen at its end and a table's rows are not such ends.
        var room = previousEdges.Right - previous.Right;
        var nextWord = line.Words[0].Right - line.Words[0].Left;
        var previousText = previous.Text;
        return room > nextWord + 0.5 * line.Size && !previousText.EndsWith('-') && !previousText.Contains("  ", StringComparison.Ordinal)
            && !line.Text.Contains("  ", StringComparison.Ordinal);
    }

    /// <summary>A frame's left edge (where most of its lines begin) and right edge (where the longest ends).</summary>
    private static (double Left, double Right) Edges(PdfFrame frame)
    {
        var common = frame.Lines.GroupBy(l => Math.Round(l.Left)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
        var left = common.Count() > 1 ? common.Min(l => l.Left) : frame.Lines.Min(l => l.Left);
        return (left, frame.Lines.Max(l => l.Right));
    }

    /// <summary>The usual distance between the baselines of consecutive lines, for each size of type.</summary>
    private static Dictionary<double, double> Leading(List<PdfFrame> frames)
    {
        var gaps = new Dictionary<double, List<double>>();
        foreach (var frame in frames)
        {
            for (var i = 1; i < frame.Lines.Count; i++)
            {
                var (above, below) = (frame.Lines[i - 1], frame.Lines[i]);
                if (Math.Abs(above.Size - below.Size) < 0.5 && above.Baseline > below.Baseline)
                {
                    var key = Math.Round(below.Size);
                    if (!gaps.TryGetValue(key, out var list))
                    {
                        gaps[key] = list = [];
                    }
                    list.Add(above.Baseline - below.Baseline);
                }
            }
        }
        return gaps.ToDictionary(g => g.Key, g => g.Value.Order().ElementAt(g.Value.Count / 2));
    }

    /// <summary>
    /// One block's lines as text: joined with a space, a line-end hyphen decided as the importer decides it; a table's
    /// rows one per line. With it, the phrases in italics (a phrase over a line break is one).
    /// </summary>
    private static (string Text, List<string> Italics) Join(List<PdfLine> lines, Vocabulary vocabulary, bool keepRows = true)
    {
        var text = new StringBuilder();
        var italics = new List<(int Start, int End)>();
        string? previous = null;
        foreach (var line in lines)
        {
            var current = line.Text;
            if (previous is not null)
            {
                if (keepRows && (previous.Contains("  ", StringComparison.Ordinal) || current.Contains("  ", StringComparison.Ordinal)))
                {
                    text.Append('\n');
                }
                else if (text[^1] == '\u00AD')
                {
                    text.Length--;
                }
                else if (text[^1] is '-' or '\u2010')
                {
                    var lastToken = previous[(previous.LastIndexOf(' ') + 1)..];
                    var nextToken = current.Split(' ', 2)[0];
                    switch (LineBreakHyphens.Decide(lastToken.Replace('\u2010', '-'), nextToken, vocabulary))
                    {
                        case LineBreakHyphen.Remove:
                            text.Length--;
                            break;
                        case LineBreakHyphen.Keep:
                            break;
                        default:
                            text.Append(' ');
                            break;
                    }
                }
                else
                {
                    text.Append(' ');
                }
            }
            var at = text.Length;
            foreach (var (start, length) in line.Italics)
            {
                var (from, to) = (at + start, at + start + length);
                // Italics going on from the line before, over the break, are one stretch.
                if (italics.Count > 0 && italics[^1].End >= from - 1 && start == 0)
                {
                    italics[^1] = (italics[^1].Start, to);
                }
                else
                {
                    italics.Add((from, to));
                }
            }
            text.Append(current);
            previous = current;
        }
        var joined = text.ToString();
        // A comma or colon glued to an italic word is the sentence's, not the title's (“Köprüler ve Sınırlar,”).
        return (joined, italics.Select(i => joined[i.Start..Math.Min(i.End, joined.Length)].Trim().TrimEnd(',', ';', ':')).Where(p => p.Length > 0).ToList());
    }
}
