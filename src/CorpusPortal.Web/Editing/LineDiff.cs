namespace CorpusPortal.Web.Editing;

/// <summary>One line of a diff: kept (' '), removed ('-') or added ('+').</summary>
public readonly record struct DiffLine(char Kind, string Text);

/// <summary>
/// A line diff (canonical files are one paragraph per line, so lines are paragraphs). The lines both versions begin
/// and end with are kept as they are; the part between is compared by longest common subsequence when its table
/// fits <see cref="MaxCells"/>, otherwise shown as removed then added (two unrelated 16,000-line versions took 2.3 s
/// and about 1 GB with the full table).
/// </summary>
public static class LineDiff
{
    /// <summary>The largest comparison table (lines × lines) computed: 4 million cells, 16 MB.</summary>
    public const long MaxCells = 4_000_000;

    public static List<DiffLine> Compare(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }
        var lines = new List<DiffLine>(a.Length + b.Length);
        lines.AddRange(a.Take(prefix).Select(l => new DiffLine(' ', l)));
        var middleA = a[prefix..(a.Length - suffix)];
        var middleB = b[prefix..(b.Length - suffix)];
        if ((long)(middleA.Length + 1) * (middleB.Length + 1) <= MaxCells)
        {
            lines.AddRange(Subsequence(middleA, middleB));
        }
        else
        {
            lines.AddRange(middleA.Select(l => new DiffLine('-', l)));
            lines.AddRange(middleB.Select(l => new DiffLine('+', l)));
        }
        lines.AddRange(a.Skip(a.Length - suffix).Select(l => new DiffLine(' ', l)));
        return lines;
    }

    private static List<DiffLine> Subsequence(string[] a, string[] b)
    {
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var lines = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add(new DiffLine(' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                lines.Add(new DiffLine('-', a[x++]));
            }
            else
            {
                lines.Add(new DiffLine('+', b[y++]));
            }
        }
        return lines;
    }
}
