using System.Text.RegularExpressions;
using CorpusPortal.Ingestion.Layout;
using CorpusPortal.Ingestion.Text;

namespace CorpusPortal.Ingestion.Tables;

/// <summary>
/// Reads a table flattened by PDF extraction: <c>Tablo 1</c> (or <c>Table 1</c>), the caption, a header line
/// whose words name the columns, then one line per row. A row broken over lines (<c>Toplam</c> / <c>90</c> /
/// <c>385.853.648</c>) is put back together; cells are split by keeping the leading words as the label, the last
/// token as the last column and the numbers between as the middle columns. The short block right after the
/// table that names a source (<c>Kaynak:</c>, an archive, a year in parentheses) is its source note.
/// </summary>
internal static partial class TableReader
{
    public static bool Starts(RawBlock block) => Starts(block.FirstContent);

    public static bool Starts(string line) => TableLabel().IsMatch(line);

    /// <summary>Reads the table starting at <paramref name="index"/>; returns it and the number of blocks used.</summary>
    public static (TableDraft Table, int BlocksUsed) Read(IReadOnlyList<RawBlock> blocks, int index)
    {
        var lines = new List<SourceLine>(blocks[index].Lines);
        var used = 1;
        while (index + used < blocks.Count && blocks[index + used].StartsPage && !Starts(blocks[index + used]))
        {
            lines.AddRange(blocks[index + used].Lines);
            used++;
        }
        var noteLines = TrailingSourceNote(lines);
        lines.RemoveRange(lines.Count - noteLines.Count, noteLines.Count);
        var label = TableLabel().Match(lines[0].Content);
        var number = label.Groups["n"].Value;
        var captionOnLabel = label.Groups["caption"].Value.Trim();
        var next = 1;
        var caption = captionOnLabel.Length > 0 ? captionOnLabel : lines.Count > 1 ? lines[next++].Content : null;
        var header = next < lines.Count ? Tokens(lines[next++].Content) : [];
        var rows = new List<IReadOnlyList<string>>();
        if (header.Count > 0)
        {
            rows.Add(header);
        }
        var pending = new List<string>();
        for (var i = next; i < lines.Count; i++)
        {
            var tokens = Tokens(lines[i].Content);
            // A new row starts when the pending one is full and this line is a row of its own or opens with a
            // label; a lone number after a label ("Toplam" / "90") continues the row.
            if (pending.Count >= header.Count && pending.Count > 0 && tokens.Count > 0 && (tokens.Count >= header.Count || !IsNumeric(tokens[0])))
            {
                rows.Add(Cells(pending, Math.Max(1, header.Count)));
                pending = [];
            }
            pending.AddRange(tokens);
        }
        if (pending.Count > 0)
        {
            rows.Add(Cells(pending, Math.Max(1, header.Count)));
        }
        var notes = noteLines.Select(l => new LinePiece(l)).ToList();
        if (notes.Count == 0 && index + used < blocks.Count && IsSourceNote(blocks[index + used]))
        {
            notes.AddRange(blocks[index + used].Lines.Select(l => new LinePiece(l)));
            used++;
        }
        var table = new TableDraft(number, caption, rows, lines.Select(l => new LinePiece(l)).ToList(), notes);
        return (table, used);
    }

    private static IReadOnlyList<string> Cells(List<string> tokens, int columns)
    {
        if (tokens.Count <= columns || columns == 1)
        {
            return columns == 1 ? [string.Join(' ', tokens)] : tokens.Concat(Enumerable.Repeat("", columns - tokens.Count)).ToList();
        }
        var labelLength = 1;
        while (labelLength < tokens.Count - (columns - 1) && !IsNumeric(tokens[labelLength]))
        {
            labelLength++;
        }
        var cells = new List<string> { string.Join(' ', tokens.Take(labelLength)) };
        var middle = tokens.Skip(labelLength).Take(tokens.Count - labelLength - 1).ToList();
        var groups = SplitMiddle(middle, columns - 2);
        cells.AddRange(groups);
        cells.Add(tokens[^1]);
        return cells;
    }

    private static IEnumerable<string> SplitMiddle(List<string> middle, int count)
    {
        if (count <= 0)
        {
            yield break;
        }
        var groups = new List<List<string>>();
        foreach (var token in middle)
        {
            if (groups.Count == 0 || (IsNumeric(token) && groups.Count < count))
            {
                groups.Add([]);
            }
            groups[^1].Add(token);
        }
        while (groups.Count < count)
        {
            groups.Add([]);
        }
        foreach (var group in groups)
        {
            yield return string.Join(' ', group);
        }
    }

    /// <summary>A source note printed in the table's own block, without a blank line before it: its lines, or none.</summary>
    private static List<SourceLine> TrailingSourceNote(List<SourceLine> lines)
    {
        for (var i = 2; i < lines.Count; i++)
        {
            if (SourceNoteStart().IsMatch(lines[i].Content))
            {
                return lines.Count - i <= 3 ? lines[i..] : [];
            }
        }
        return [];
    }

    private static bool IsSourceNote(RawBlock block) =>
        block.Lines.Count <= 3 && SourceNote().IsMatch(block.JoinedContent);

    private static List<string> Tokens(string content) =>
        content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();

    private static bool IsNumeric(string token) => NumericToken().IsMatch(token);

    [GeneratedRegex(@"^(?:Tablo|TABLO|Table|TABLE|Çizelge)\s+(?<n>\d+(?:\.\d+)?)\s*[.:]?\s*(?<caption>.*)$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex TableLabel();

    [GeneratedRegex(@"^(?:[\d.,%]+|[-–—])$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex NumericToken();

    [GeneratedRegex(@"^(?:Kaynak|Kaynakça|Source|Sources|Not|Note)\s*:|^\[[A-ZÇĞİÖŞÜ]{2,6}\]", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex SourceNoteStart();

    [GeneratedRegex(@"^(?:Kaynak|Kaynakça|Source|Sources|Not|Note)\s*:|\[[A-ZÇĞİÖŞÜ]{2,6}\]|\([A-ZÇĞİÖŞÜ]{2,6}\)|\((?:19|20)\d\d[,)]", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex SourceNote();
}
