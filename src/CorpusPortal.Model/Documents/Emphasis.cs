using System.Globalization;

namespace CorpusPortal.Model.Documents;

/// <summary>
/// A stretch of a paragraph's or a note's text the source sets in italics (a work's title, a foreign word): its
/// start in the text and its length. The text itself stays plain.
/// </summary>
public sealed record Emphasis(int Offset, int Length)
{
    public int End => Offset + Length;

    /// <summary>The form the canonical file keeps them in: <c>12:8 40:5</c>.</summary>
    public static string Format(IEnumerable<Emphasis> spans) =>
        string.Join(' ', spans.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Offset}:{e.Length}")));

    /// <summary>Reads <see cref="Format"/>'s form, or null when it is not that form or a stretch leaves a text of <paramref name="textLength"/> characters.</summary>
    public static IReadOnlyList<Emphasis>? Parse(string? value, int textLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }
        var spans = new List<Emphasis>();
        foreach (var part in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split(':');
            if (pieces.Length != 2
                || !int.TryParse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                || !int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || length == 0 || offset > textLength || length > textLength - offset)
            {
                return null;
            }
            spans.Add(new Emphasis(offset, length));
        }
        return spans;
    }
}
