using System.Globalization;
using CorpusPortal.Model.Alignment;

namespace CorpusPortal.Corpus.Alignment;

/// <summary>
/// A pair of an alignment as the front matter writes it: the original's ranges, <c>=</c>, the translation's ranges.
/// A range is a paragraph's anchor, a colon and the characters from–to (to not included):
/// <c>p-1:0-118 = p-2:0-131</c>, <c>p-1:119-240 p-1:241-300 = p-2:132-290</c>, <c>= p-2:291-330</c>.
/// </summary>
public static class AlignmentText
{
    public static string Format(AlignedPair pair)
    {
        var left = string.Join(' ', pair.Left.Select(Format));
        var right = string.Join(' ', pair.Right.Select(Format));
        return $"{left} = {right}".Trim();
    }

    private static string Format(TextRange range) =>
        string.Create(CultureInfo.InvariantCulture, $"{range.Paragraph}:{range.Start}-{range.End}");

    /// <summary>The pair written in <paramref name="text"/>, or what is wrong with it.</summary>
    public static (AlignedPair? Pair, string? Problem) Parse(string? text)
    {
        var sides = (text ?? "").Split('=');
        if (sides.Length != 2)
        {
            return (null, "needs one '=' between the original's ranges and the translation's");
        }
        var left = Ranges(sides[0]);
        var right = Ranges(sides[1]);
        if ((left.Problem ?? right.Problem) is { } problem)
        {
            return (null, problem);
        }
        if (left.Ranges!.Count + right.Ranges!.Count == 0)
        {
            return (null, "has no range on either side");
        }
        return (new AlignedPair(left.Ranges, right.Ranges), null);
    }

    private static (List<TextRange>? Ranges, string? Problem) Ranges(string side)
    {
        var ranges = new List<TextRange>();
        foreach (var word in side.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = word.LastIndexOf(':');
            var dash = colon < 0 ? -1 : word.IndexOf('-', colon);
            if (colon < 1 || dash < 0
                || !int.TryParse(word.AsSpan(colon + 1, dash - colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(word.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            {
                return (null, $"'{Shown(word)}' is not a range (paragraph:from-to, such as p-1:0-118)");
            }
            if (end <= start)
            {
                return (null, $"'{Shown(word)}' ends before it starts");
            }
            ranges.Add(new TextRange(word[..colon], start, end - start));
        }
        return (ranges, null);
    }

    private static string Shown(string word) => word.Length > 40 ? word[..40] + "…" : word;
}
