using CorpusPortal.Model.Alignment;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Corpus.Alignment;

/// <summary>
/// A segment is what one side of a pair holds: ranges of paragraph text in reading order. Ranges that follow
/// each other in one paragraph are one range (only white space lies between them), so a merged sentence is
/// one stretch of text; a segment spans several ranges only when it crosses paragraphs.
/// </summary>
public static class Segments
{
    public static List<TextRange> Joined(IEnumerable<TextRange> ranges)
    {
        var joined = new List<TextRange>();
        foreach (var range in ranges)
        {
            if (joined.Count > 0 && joined[^1].Paragraph == range.Paragraph && joined[^1].End <= range.Start)
            {
                joined[^1] = joined[^1] with { Length = range.End - joined[^1].Start };
            }
            else
            {
                joined.Add(range);
            }
        }
        return joined;
    }

    /// <summary>The text of a segment as a reader sees it, its ranges joined by a space.</summary>
    public static string Text(IEnumerable<TextRange> segment, IReadOnlyDictionary<string, Paragraph> paragraphs) =>
        string.Join(' ', segment.Select(r => paragraphs[r.Paragraph].Text.Substring(r.Start, r.Length)));

    /// <summary>
    /// Where a segment can be cut in two: at each run of white space inside one of its ranges, as the end of the
    /// first part and the start of the second, with the word that would begin the second part.
    /// </summary>
    public static List<Cut> Cuts(IReadOnlyList<TextRange> segment, IReadOnlyDictionary<string, Paragraph> paragraphs)
    {
        var cuts = new List<Cut>();
        for (var r = 0; r < segment.Count; r++)
        {
            var range = segment[r];
            var text = paragraphs[range.Paragraph].Text;
            if (r > 0)
            {
                cuts.Add(new Cut(r, range.Start, range.Start, Word(text, range.Start, range.End)));
            }
            for (var i = range.Start + 1; i < range.End; i++)
            {
                if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1]))
                {
                    var next = i;
                    while (next < range.End && char.IsWhiteSpace(text[next]))
                    {
                        next++;
                    }
                    cuts.Add(new Cut(r, i, next, Word(text, next, range.End)));
                    i = next;
                }
            }
        }
        return cuts;
    }

    /// <summary>
    /// A segment's text in pieces for choosing a cut: each piece is text up to a place it can be cut, with that
    /// cut; the last piece of each range has none.
    /// </summary>
    public static List<(string Text, Cut? Cut)> Pieces(IReadOnlyList<TextRange> segment, IReadOnlyDictionary<string, Paragraph> paragraphs)
    {
        var cuts = Cuts(segment, paragraphs);
        var pieces = new List<(string, Cut?)>();
        var next = 0;
        for (var r = 0; r < segment.Count; r++)
        {
            var range = segment[r];
            var text = paragraphs[range.Paragraph].Text;
            var position = range.Start;
            for (; next < cuts.Count && cuts[next].Range == r; next++)
            {
                pieces.Add((text[position..cuts[next].End], cuts[next]));
                position = cuts[next].Start;
            }
            pieces.Add((text[position..range.End], null));
        }
        return pieces;
    }

    /// <summary>Cuts a segment in two at <paramref name="cut"/> (one of <see cref="Cuts"/>).</summary>
    public static (List<TextRange> First, List<TextRange> Second) Split(IReadOnlyList<TextRange> segment, Cut cut)
    {
        var range = segment[cut.Range];
        var first = segment.Take(cut.Range).ToList();
        var second = new List<TextRange>();
        if (cut.End > range.Start)
        {
            first.Add(range with { Length = cut.End - range.Start });
        }
        if (cut.Start < range.End)
        {
            second.Add(new TextRange(range.Paragraph, cut.Start, range.End - cut.Start));
        }
        second.AddRange(segment.Skip(cut.Range + 1));
        return (first, second);
    }

    private static string Word(string text, int from, int to)
    {
        var end = from;
        while (end < to && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        return text[from..end];
    }
}

/// <summary>
/// A place to cut a segment: in its range number <paramref name="Range"/>, the first part ending at
/// <paramref name="End"/> and the second starting at <paramref name="Start"/>, which begins with <paramref name="Word"/>.
/// </summary>
public sealed record Cut(int Range, int End, int Start, string Word);
