using UglyToad.PdfPig.Content;

namespace CorpusPortal.Ingestion.Sources.Pdf;

/// <summary>
/// A page's letters as printed lines. Letters on one baseline make a line; within it, a space or a gap makes a new
/// word. A note marker is set smaller and raised above its line: such a word is moved into the line it stands on,
/// marked raised, so <c>töreni</c> followed by a raised <c>12</c> reads as one word with its marker.
/// </summary>
internal static class PageLines
{
    private readonly record struct Glyph(string Value, double Left, double Right, double Baseline, double Size, bool Bold, bool Italic)
    {
        public bool IsSpace => string.IsNullOrWhiteSpace(Value);
    }

    public static List<PdfLine> Read(Page page)
    {
        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            // Text set vertically or turned (a banner in the margin, a watermark) is not the paper's running text.
            if (letter.TextOrientation != TextOrientation.Horizontal || !(letter.PointSize > 0.5) || letter.Value is null)
            {
                continue;
            }
            var left = letter.StartBaseLine.X;
            var right = Math.Max(letter.EndBaseLine.X, left);
            glyphs.Add(new Glyph(letter.Value, left, right, letter.StartBaseLine.Y, letter.PointSize, IsBold(letter), IsItalic(letter)));
        }
        var lines = Baselines(glyphs).Select(cluster => Line(page.Number, cluster)).OfType<PdfLine>().ToList();
        return AttachRaised(lines);
    }

    private static bool IsItalic(Letter letter) =>
        letter.FontDetails?.IsItalic == true
        || letter.FontName?.Contains("Italic", StringComparison.OrdinalIgnoreCase) == true
        || letter.FontName?.Contains("Oblique", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true || (letter.FontDetails?.Weight ?? 0) >= 600
        || letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true
        || letter.FontName?.Contains("Black", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// Groups the letters by baseline and size, top of the page first: letters within a fifth of their size of a
    /// line's baseline, in type of about its size, are on it (a column's note beside the other column's text is not).
    /// </summary>
    private static List<List<Glyph>> Baselines(List<Glyph> glyphs)
    {
        var clusters = new List<List<Glyph>>();
        var open = new List<List<Glyph>>();
        foreach (var glyph in glyphs.Where(g => !g.IsSpace).OrderByDescending(g => g.Baseline))
        {
            open.RemoveAll(c => c[0].Baseline - glyph.Baseline > 0.2 * Math.Min(c[0].Size, glyph.Size));
            var home = open.Find(c => Math.Abs(c[0].Size - glyph.Size) <= 0.15 * Math.Max(c[0].Size, glyph.Size));
            if (home is null)
            {
                home = [];
                clusters.Add(home);
                open.Add(home);
            }
            home.Add(glyph);
        }
        // A space is kept where it stands, so words part where the file put a space even when letters sit close.
        foreach (var space in glyphs.Where(g => g.IsSpace))
        {
            var home = clusters.FirstOrDefault(c => Math.Abs(c[0].Baseline - space.Baseline) <= 0.2 * c[0].Size && Math.Abs(c[0].Size - space.Size) <= 0.15 * c[0].Size);
            home?.Add(space);
        }
        clusters.Sort((a, b) => b[0].Baseline.CompareTo(a[0].Baseline));
        return clusters;
    }

    private static PdfLine? Line(int page, List<Glyph> cluster)
    {
        cluster.Sort((a, b) => a.Left.CompareTo(b.Left));
        var words = new List<PdfWord>();
        var text = new System.Text.StringBuilder();
        Glyph? first = null;
        Glyph last = default;
        var bold = 0;
        var italic = 0;
        var count = 0;
        void Flush()
        {
            if (first is { } start && text.Length > 0)
            {
                words.Add(new PdfWord(text.ToString(), start.Left, last.Right, start.Size, bold * 2 > count, Raised: false, Italic: italic * 2 > count));
            }
            text.Clear();
            first = null;
            bold = italic = count = 0;
        }
        foreach (var glyph in cluster)
        {
            if (glyph.IsSpace)
            {
                Flush();
                continue;
            }
            if (first is { } start && (glyph.Left - last.Right > 0.15 * Math.Max(glyph.Size, last.Size)
                || Math.Abs(glyph.Size - start.Size) > 0.15 * start.Size || glyph.Left < last.Left))
            {
                Flush();
            }
            first ??= glyph;
            text.Append(glyph.Value);
            last = glyph;
            bold += glyph.Bold ? 1 : 0;
            italic += glyph.Italic ? 1 : 0;
            count++;
        }
        Flush();
        if (words.Count == 0)
        {
            return null;
        }
        // The line's size is the size most of its letters are set in.
        var size = words.GroupBy(w => Math.Round(w.Size, 1)).MaxBy(g => g.Sum(w => w.Text.Length))!.Key;
        return new PdfLine(page, words, cluster[0].Baseline, size);
    }

    /// <summary>
    /// Moves each word set smaller just above a line into that line, marked raised: a marker stands less than
    /// three quarters of the line's size above its baseline, in type at most 85% of the line's, beside its words.
    /// </summary>
    private static List<PdfLine> AttachRaised(List<PdfLine> lines)
    {
        var words = lines.Select(l => l.Words.ToList()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            for (var w = words[i].Count - 1; w >= 0; w--)
            {
                var word = words[i][w];
                var target = -1;
                for (var j = i + 1; j < lines.Count; j++)
                {
                    var below = lines[j];
                    var rise = line.Baseline - below.Baseline;
                    if (rise >= 0.75 * below.Size)
                    {
                        break;
                    }
                    if (rise > 0.1 * below.Size && word.Size <= 0.85 * below.Size
                        && word.Left >= below.Left - 1.5 * below.Size && word.Left <= below.Right + 0.5 * below.Size)
                    {
                        target = j;
                        break;
                    }
                }
                if (target >= 0)
                {
                    words[target].Add(word with { Raised = true });
                    words[i].RemoveAt(w);
                }
            }
        }
        var result = new List<PdfLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (words[i].Count > 0)
            {
                var ordered = words[i].OrderBy(w => w.Left).ToList();
                result.Add(lines[i] with { Words = ordered, Size = SizeOf(ordered, lines[i].Size) });
            }
        }
        return result;
    }

    private static double SizeOf(List<PdfWord> words, double fallback)
    {
        var own = words.Where(w => !w.Raised).ToList();
        return own.Count == 0 ? fallback : own.GroupBy(w => Math.Round(w.Size, 1)).MaxBy(g => g.Sum(w => w.Text.Length))!.Key;
    }
}
