namespace CorpusPortal.Ingestion.Sources.Pdf;

/// <summary>A run of lines read one after the other: a column down to where a full-width line interrupts it, or full-width lines.</summary>
internal sealed record PdfFrame(int Page, IReadOnlyList<PdfLine> Lines);

/// <summary>
/// The order a reader reads a page in. A page set in two columns has a gutter: a band near the middle that the
/// lines of both columns leave empty. Each line is then the left column's, the right column's (a line whose
/// halves share a baseline is cut in the gutter), or the full width's (a title, a wide table); the left column is
/// read down to the next full-width line, then the right column, then that line.
/// </summary>
internal static class ColumnReading
{
    public static List<PdfFrame> Frames(int page, IReadOnlyList<PdfLine> lines, double width)
    {
        if (Gutter(lines, width) is not { } gutter)
        {
            return lines.Count == 0 ? [] : [new PdfFrame(page, lines)];
        }
        var frames = new List<PdfFrame>();
        var left = new List<PdfLine>();
        var right = new List<PdfLine>();
        var full = new List<PdfLine>();
        void FlushColumns()
        {
            if (left.Count > 0)
            {
                frames.Add(new PdfFrame(page, [.. left]));
            }
            if (right.Count > 0)
            {
                frames.Add(new PdfFrame(page, [.. right]));
            }
            left.Clear();
            right.Clear();
        }
        void FlushFull()
        {
            if (full.Count > 0)
            {
                frames.Add(new PdfFrame(page, [.. full]));
            }
            full.Clear();
        }
        foreach (var line in lines)
        {
            var cut = Cut(line, gutter);
            if (cut < 0)
            {
                FlushColumns();
                full.Add(line);
                continue;
            }
            FlushFull();
            if (cut > 0)
            {
                left.Add(line.Slice(0, cut));
            }
            if (cut < line.Words.Count)
            {
                right.Add(line.Slice(cut, line.Words.Count - cut));
            }
        }
        FlushColumns();
        FlushFull();
        return frames;
    }

    /// <summary>Where the gutter cuts the line: the index of its first word right of the gutter, or -1 when a word lies in the gutter.</summary>
    private static int Cut(PdfLine line, (double From, double To) gutter)
    {
        for (var i = 0; i < line.Words.Count; i++)
        {
            var word = line.Words[i];
            if (word.Right > gutter.From && word.Left < gutter.To)
            {
                return -1;
            }
            if (word.Left >= gutter.To)
            {
                // A line of the full width whose gap happens to fall on the gutter has words close on both sides of it.
                return i > 0 && word.Left - line.Words[i - 1].Right < 0.6 * line.Size ? -1 : i;
            }
        }
        return line.Words.Count;
    }

    /// <summary>
    /// The emptiest part of the widest band in the page's middle (30% to 70% of its width) that at most a tenth of
    /// the lines cross, when at least three lines lie wholly on each side of it or are cut by it.
    /// </summary>
    private static (double From, double To)? Gutter(IReadOnlyList<PdfLine> lines, double width)
    {
        if (lines.Count < 6 || width < 100)
        {
            return null;
        }
        var bins = (int)Math.Ceiling(width);
        var cover = new int[bins + 1];
        var covered = new bool[bins + 1];
        foreach (var line in lines)
        {
            Array.Clear(covered);
            for (var i = 0; i < line.Words.Count; i++)
            {
                var word = line.Words[i];
                // A word covers its own width, and the space before it when that is an ordinary space.
                var from = i > 0 && word.Left - line.Words[i - 1].Right < line.Size ? line.Words[i - 1].Right : word.Left;
                for (var x = Math.Max(0, (int)from); x <= Math.Min(bins, (int)Math.Ceiling(word.Right)); x++)
                {
                    covered[x] = true;
                }
            }
            for (var x = 0; x <= bins; x++)
            {
                cover[x] += covered[x] ? 1 : 0;
            }
        }
        var allowed = lines.Count / 10;
        (int From, int To)? best = null;
        var start = -1;
        for (var x = (int)(0.3 * width); x <= (int)(0.7 * width) + 1; x++)
        {
            var open = x <= (int)(0.7 * width) && cover[x] <= allowed;
            if (open && start < 0)
            {
                start = x;
            }
            else if (!open && start >= 0)
            {
                if (best is null || x - start > best.Value.To - best.Value.From)
                {
                    best = (start, x);
                }
                start = -1;
            }
        }
        if (best is not { } wide || wide.To - wide.From < 6)
        {
            return null;
        }
        // The gutter itself is the band's emptiest part: the low band also takes in where a ragged column's lines end.
        var least = cover[wide.From..wide.To].Min();
        var band = wide;
        var length = 0;
        for (var x = wide.From; x <= wide.To; x++)
        {
            if (x < wide.To && cover[x] == least)
            {
                length++;
            }
            else
            {
                if (length > 0 && (band == wide || length > band.To - band.From))
                {
                    band = (x - length, x);
                }
                length = 0;
            }
        }
        if (band.To - band.From < 4)
        {
            return null;
        }
        var leftOnly = lines.Count(l => l.Right <= band.From);
        var rightOnly = lines.Count(l => l.Left >= band.To);
        var split = lines.Count(l => l.Left < band.From && l.Right > band.To && Cut(l, (band.From, band.To)) > 0);
        return leftOnly + split >= 3 && rightOnly + split >= 3 ? (band.From, band.To) : null;
    }
}
