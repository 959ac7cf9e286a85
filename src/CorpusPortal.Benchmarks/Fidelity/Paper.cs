namespace CorpusPortal.Benchmarks.Fidelity;

/// <summary>The kinds of block a test paper is made of.</summary>
public enum PaperBlockKind
{
    /// <summary>A title line, set large and bold (<c>! …</c>).</summary>
    Title,

    /// <summary>A line of the header set small: journal line, DOI, dates, author line (<c>~ …</c>).</summary>
    HeaderLine,

    /// <summary>A heading, set bold (<c># …</c>).</summary>
    Heading,

    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>A table's row, its cells apart (<c>| a | b</c>).</summary>
    TableRow,
}

/// <summary>A note of a test paper: numbered, or to an author's name (<c>*</c>).</summary>
public sealed record PaperNote(string Text, bool ToAuthor);

/// <summary>A word of a test paper, the notes whose markers follow it, and whether it is set in italics.</summary>
public sealed record PaperWord(string Text, IReadOnlyList<PaperNote> Notes, bool Italic = false);

public sealed record PaperBlock(PaperBlockKind Kind, IReadOnlyList<PaperWord> Words)
{
    public string Plain => string.Join(' ', Words.Select(w => w.Text));
}

/// <summary>
/// A test paper written once and set as a PDF, a Word file or a text. Blocks are apart by a blank line; a block
/// begins with <c>!</c> (title), <c>~</c> (a header line; each line of the block its own), <c>#</c> (heading),
/// <c>|</c> (table rows, one per line, cells apart by <c>|</c>), or is a paragraph. A note is written where its
/// marker stands: <c>açılmıştır.[^Ali Veli, “Köprüler”, 2001, s. 5.]</c>; a note to an author's name begins with
/// <c>*</c>: <c>DENEME[^*Dr., Örnek Üniversitesi]</c>. Words between underscores are in italics, in the text and in
/// notes: <c>_Saʿdâbâd kazâsına_</c>.
/// </summary>
public sealed record Paper(IReadOnlyList<PaperBlock> Blocks)
{
    public static Paper Parse(string markup)
    {
        var blocks = new List<PaperBlock>();
        foreach (var chunk in markup.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = chunk.Split('\n', StringSplitOptions.TrimEntries);
            switch (chunk[0])
            {
                case '!':
                    blocks.AddRange(lines.Select(l => new PaperBlock(PaperBlockKind.Title, Words(l.TrimStart('!').Trim()))));
                    break;
                case '~':
                    blocks.AddRange(lines.Select(l => new PaperBlock(PaperBlockKind.HeaderLine, Words(l.TrimStart('~').Trim()))));
                    break;
                case '#':
                    blocks.Add(new PaperBlock(PaperBlockKind.Heading, Words(chunk.TrimStart('#').Trim())));
                    break;
                case '|':
                    blocks.AddRange(lines.Select(l => new PaperBlock(PaperBlockKind.TableRow,
                        l.Trim('|').Split('|', StringSplitOptions.TrimEntries).Select(cell => new PaperWord(cell, [])).ToList())));
                    break;
                default:
                    blocks.Add(new PaperBlock(PaperBlockKind.Paragraph, Words(string.Join(' ', lines))));
                    break;
            }
        }
        return new Paper(blocks);
    }

    /// <summary>The words of a block's (or a note's) text, each with the notes written right after it, and whether it is in italics.</summary>
    public static List<PaperWord> Words(string text)
    {
        var words = new List<PaperWord>();
        var word = new System.Text.StringBuilder();
        var notes = new List<PaperNote>();
        var italic = false;
        var wordItalic = false;
        void Flush()
        {
            if (word.Length > 0 || notes.Count > 0)
            {
                words.Add(new PaperWord(word.ToString(), [.. notes], wordItalic));
            }
            word.Clear();
            notes.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[' && i + 1 < text.Length && text[i + 1] == '^')
            {
                var (end, depth) = (i + 2, 1);
                for (; end < text.Length && depth > 0; end++)
                {
                    depth += text[end] == '[' ? 1 : text[end] == ']' ? -1 : 0;
                }
                var note = text[(i + 2)..(end - 1)];
                notes.Add(note.StartsWith('*') ? new PaperNote(note[1..].Trim(), ToAuthor: true) : new PaperNote(note.Trim(), ToAuthor: false));
                i = end - 1;
            }
            else if (text[i] == ' ')
            {
                Flush();
            }
            else if (text[i] == '_')
            {
                italic = !italic;
            }
            else
            {
                if (notes.Count > 0)
                {
                    Flush();
                }
                if (word.Length == 0)
                {
                    wordItalic = italic;
                }
                word.Append(text[i]);
            }
        }
        Flush();
        return words;
    }
}
