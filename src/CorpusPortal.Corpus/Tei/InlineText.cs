using System.Xml;
using CorpusPortal.Text;

namespace CorpusPortal.Corpus.Tei;

/// <summary>A stretch of a text to enclose in an element (<c>hi</c>, <c>ref</c>, <c>s</c>): <see cref="Open"/> writes its start tag and attributes.</summary>
public sealed record TeiMark(int Start, int End, Action<XmlWriter> Open);

/// <summary>An element placed between two characters of a text (a footnote at its marker).</summary>
public sealed record TeiPoint(int Offset, Action<XmlWriter> Write);

/// <summary>
/// A text written with its marks and points, the characters unchanged: marks are taken in the order given, and one
/// that would cross a mark already taken (XML elements nest) is left out. At a position, points come first (a note
/// stays inside the sentence it ends), then the marks that end there close, then those that start there open.
/// </summary>
public static class InlineText
{
    public static void Write(XmlWriter xml, string text, IEnumerable<TeiMark> marks, IEnumerable<TeiPoint> points)
    {
        var taken = new List<(TeiMark Mark, int Order)>();
        foreach (var mark in marks)
        {
            if (mark.Start >= 0 && mark.End <= text.Length && mark.Start < mark.End && taken.All(t => Nests(t.Mark, mark)))
            {
                taken.Add((mark, taken.Count));
            }
        }
        var opening = taken.OrderBy(t => t.Mark.Start).ThenByDescending(t => t.Mark.End).ThenBy(t => t.Order).Select(t => t.Mark).ToList();
        var placed = points.Select(p => p with { Offset = Math.Clamp(p.Offset, 0, text.Length) }).OrderBy(p => p.Offset).ToList();
        var open = new Stack<TeiMark>();
        int written = 0, nextMark = 0, nextPoint = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var here = (nextPoint < placed.Count && placed[nextPoint].Offset == i) || (open.Count > 0 && open.Peek().End == i)
                || (nextMark < opening.Count && opening[nextMark].Start == i);
            if (!here)
            {
                continue;
            }
            xml.WriteString(XmlChars.Clean(text[written..i]));
            written = i;
            for (; nextPoint < placed.Count && placed[nextPoint].Offset == i; nextPoint++)
            {
                placed[nextPoint].Write(xml);
            }
            for (; open.Count > 0 && open.Peek().End == i; open.Pop())
            {
                xml.WriteEndElement();
            }
            for (; nextMark < opening.Count && opening[nextMark].Start == i; nextMark++)
            {
                opening[nextMark].Open(xml);
                open.Push(opening[nextMark]);
            }
        }
        xml.WriteString(XmlChars.Clean(text[written..]));
    }

    /// <summary>True when two marks are apart or one holds the other.</summary>
    private static bool Nests(TeiMark a, TeiMark b) =>
        a.End <= b.Start || b.End <= a.Start || (a.Start <= b.Start && b.End <= a.End) || (b.Start <= a.Start && a.End <= b.End);
}
