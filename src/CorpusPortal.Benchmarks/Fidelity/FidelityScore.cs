using System.Text.RegularExpressions;

namespace CorpusPortal.Benchmarks.Fidelity;

/// <summary>
/// Precision, recall and F1 of an importer's outlines against the expected ones, per construct. Each line of an
/// outline states one thing (a section, a paragraph with its markers, a footnote, a citation, a field of the
/// record); a line is found when the same line is in the expected outline (as a multiset). Paragraph numbers are
/// left out of the comparison, so one paragraph cut in two costs that paragraph, not every one after it.
/// </summary>
public sealed partial class FidelityScore
{
    /// <summary>The constructs reported, in the order of the table, with the outline lines each one counts.</summary>
    public static readonly IReadOnlyList<(string Construct, string[] Kinds)> Constructs =
    [
        ("header metadata", ["document", "title", "author", "publication", "keywords"]),
        ("sections", ["section"]),
        ("paragraphs", ["paragraph", "item"]),
        ("footnotes", ["footnote"]),
        ("tables", ["table", "|", "source:"]),
        ("archival citations", ["archival"]),
        ("author-year citations", ["author-year"]),
        ("works and back-references", ["bibliographic"]),
    ];

    private readonly Dictionary<string, (int Found, int Stated, int Expected)> _counts = [];

    public void Add(string expectedOutline, string actualOutline)
    {
        var expected = Lines(expectedOutline);
        var actual = Lines(actualOutline);
        foreach (var (construct, kinds) in Constructs)
        {
            var e = expected.Where(l => kinds.Contains(OutlineConstructs.Kind(l))).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
            var a = actual.Where(l => kinds.Contains(OutlineConstructs.Kind(l))).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
            var found = a.Sum(pair => Math.Min(pair.Value, e.GetValueOrDefault(pair.Key)));
            var (f, s, x) = _counts.GetValueOrDefault(construct);
            _counts[construct] = (f + found, s + a.Values.Sum(), x + e.Values.Sum());
        }
    }

    /// <summary>Precision, recall and F1 of one construct, or null when neither outline has it.</summary>
    public (double Precision, double Recall, double F1, int Expected)? Of(string construct)
    {
        if (!_counts.TryGetValue(construct, out var c) || (c.Stated == 0 && c.Expected == 0))
        {
            return null;
        }
        var precision = c.Stated == 0 ? 0 : (double)c.Found / c.Stated;
        var recall = c.Expected == 0 ? 0 : (double)c.Found / c.Expected;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, c.Expected);
    }

    /// <summary>An outline's lines that state constructs, trimmed, with paragraph numbers taken out.</summary>
    private static List<string> Lines(string outline) =>
        outline.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !OutlineConstructs.IsNotice(l))
            .Select(l => ParagraphNumber().Replace(l.Trim(), "p-#"))
            .ToList();

    [GeneratedRegex(@"\bp-\d+\b")]
    private static partial Regex ParagraphNumber();
}
