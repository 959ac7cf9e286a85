using System.Text.RegularExpressions;

namespace CorpusPortal.Ingestion.Sources.Pdf;

/// <summary>
/// Running heads and page numbers: lines at a page's top or foot, standing apart from the text, that are a page
/// number or repeat at the same place on another page (numbers aside: <c>Kafkas Araştırmaları 12</c> and
/// <c>… 13</c> are one head). A head set smaller than the text at the top of a later page is one too, even when
/// no other page repeats it (a paper of two pages whose first has none); the first page's top is the paper's
/// header, kept.
/// </summary>
internal static partial class RunningLines
{
    /// <summary>How many lines at each end of a page may be furniture.</summary>
    private const int EdgeLines = 2;

    /// <summary>Takes the running lines out of <paramref name="pages"/> (each page's lines, top first) and returns them.</summary>
    public static List<PdfLine> Remove(List<List<PdfLine>> pages, double bodySize)
    {
        // Each candidate's text, its numbers masked, taken once: every candidate is compared with every other page's.
        var candidates = pages.Select(page => Candidates(page).Select(line => (Line: line, Text: line.Text, Key: Masked(line.Text))).ToList()).ToList();
        var dropped = new List<PdfLine>();
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var (line, text, key) in candidates[p])
            {
                var repeats = candidates.Where((other, q) => q != p && other.Any(o => Math.Abs(o.Line.Baseline - line.Baseline) <= 3 && o.Key == key)).Any();
                var smallHead = p > 0 && pages[p].Count > 1 && ReferenceEquals(line, pages[p][0]) && line.Size <= 0.9 * bodySize;
                if (repeats || smallHead || PageNumber().IsMatch(text))
                {
                    dropped.Add(line);
                }
            }
        }
        var gone = dropped.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var page in pages)
        {
            page.RemoveAll(gone.Contains);
        }
        return dropped;
    }

    /// <summary>The lines at the top and the foot of a page that stand apart from their neighbour by more than a line and a half.</summary>
    private static List<PdfLine> Candidates(List<PdfLine> page)
    {
        var found = new List<PdfLine>();
        for (var i = 0; i < Math.Min(EdgeLines, page.Count - 1); i++)
        {
            if (Apart(page[i], page[i + 1]))
            {
                found.AddRange(page.Take(i + 1));
                break;
            }
        }
        for (var i = page.Count - 1; i > Math.Max(page.Count - 1 - EdgeLines, 0); i--)
        {
            if (Apart(page[i - 1], page[i]))
            {
                found.AddRange(page.Skip(i));
                break;
            }
        }
        return found.Distinct().ToList();
    }

    private static bool Apart(PdfLine above, PdfLine below) =>
        above.Baseline - below.Baseline > 1.8 * Math.Max(above.Size, below.Size);

    private static string Masked(string text) => Digits().Replace(text, "#");

    [GeneratedRegex(@"\d+", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[\s\-–—|]*(?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})[\s\-–—|]*$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex PageNumber();
}
