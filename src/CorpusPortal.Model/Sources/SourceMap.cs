using System.Globalization;
using System.Text;

namespace CorpusPortal.Model.Sources;

/// <summary>
/// Maps offsets in a node's normalised text back to line/column in the raw file. Text that was joined from
/// several raw lines (a paragraph, a footnote) has one segment per raw line; within a segment offsets advance
/// column by column.
/// </summary>
public sealed class SourceMap : IEquatable<SourceMap>
{
    private readonly SourceSegment[] _segments;

    public SourceMap(IEnumerable<SourceSegment> segments, int textLength)
    {
        _segments = [.. segments];
        if (_segments.Length == 0)
        {
            throw new ArgumentException("A source map needs at least one segment.", nameof(segments));
        }
        for (var i = 1; i < _segments.Length; i++)
        {
            if (_segments[i].TextOffset < _segments[i - 1].TextOffset)
            {
                throw new ArgumentException("Source segments must be in text order.", nameof(segments));
            }
        }
        TextLength = textLength;
    }

    public static SourceMap Single(SourcePosition start, int textLength) => new([new SourceSegment(0, start)], textLength);

    public IReadOnlyList<SourceSegment> Segments => _segments;

    public int TextLength { get; }

    public SourcePosition Start => _segments[0].Start;

    public SourcePosition End => Locate(Math.Max(0, TextLength - 1));

    public SourceSpan Span => new(Start, End);

    /// <summary>The raw position of the character at <paramref name="offset"/> in the text.</summary>
    public SourcePosition Locate(int offset)
    {
        var index = _segments.Length - 1;
        while (index > 0 && _segments[index].TextOffset > offset)
        {
            index--;
        }
        var segment = _segments[index];
        return segment.Start with { Column = segment.Start.Column + Math.Max(0, offset - segment.TextOffset) };
    }

    public SourceSpan SpanOf(int offset, int length) => new(Locate(offset), Locate(offset + Math.Max(0, length - 1)));

    /// <summary>Compact text form used in canonical files: <c>12:1 14:1@80 16:2@161</c>, then <c>+length</c>.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        foreach (var segment in _segments)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }
            text.Append(CultureInfo.InvariantCulture, $"{segment.Start.Line}:{segment.Start.Column}");
            if (segment.TextOffset > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"@{segment.TextOffset}");
            }
        }
        text.Append(CultureInfo.InvariantCulture, $" +{TextLength}");
        return text.ToString();
    }

    /// <summary>Reads the form written by <see cref="Format"/>; null when the text is not in that form.</summary>
    public static SourceMap? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[^1].StartsWith('+') || !TryInt(parts[^1][1..], out var length))
        {
            return null;
        }
        var segments = new List<SourceSegment>();
        foreach (var part in parts[..^1])
        {
            var at = part.IndexOf('@', StringComparison.Ordinal);
            var position = at < 0 ? part : part[..at];
            var offset = 0;
            if (at >= 0 && !TryInt(part[(at + 1)..], out offset))
            {
                return null;
            }
            var colon = position.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || !TryInt(position[..colon], out var line) || !TryInt(position[(colon + 1)..], out var column))
            {
                return null;
            }
            segments.Add(new SourceSegment(offset, new SourcePosition(line, column)));
        }
        for (var i = 1; i < segments.Count; i++)
        {
            if (segments[i].TextOffset < segments[i - 1].TextOffset)
            {
                return null;
            }
        }
        return new SourceMap(segments, length);
    }

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public bool Equals(SourceMap? other) =>
        other is not null && TextLength == other.TextLength && _segments.AsSpan().SequenceEqual(other._segments);

    public override bool Equals(object? obj) => Equals(obj as SourceMap);

    public override int GetHashCode() => HashCode.Combine(TextLength, _segments.Length, _segments[0]);

    public override string ToString() => Format();
}
