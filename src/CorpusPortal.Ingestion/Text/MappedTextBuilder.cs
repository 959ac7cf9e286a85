using System.Text;
using CorpusPortal.Model.Sources;

namespace CorpusPortal.Ingestion.Text;

/// <summary>
/// Builds a text out of pieces of raw lines and keeps, for every piece, where it came from, so that any
/// offset in the result can be traced back to line and column.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceSegment> _segments = [];
    private SourcePosition _next;

    public int Length => _text.Length;

    public bool IsEmpty => _text.Length == 0;

    public char Last => _text[^1];

    public string Text => _text.ToString();

    /// <summary>Appends raw text that starts at <paramref name="start"/> in the source.</summary>
    public void Append(ReadOnlySpan<char> piece, SourcePosition start)
    {
        if (piece.IsEmpty)
        {
            return;
        }
        if (_segments.Count == 0 || start != _next)
        {
            _segments.Add(new SourceSegment(_text.Length, start));
        }
        _text.Append(piece);
        _next = start with { Column = start.Column + piece.Length };
    }

    /// <summary>Appends a character that is not in the source (the space that joins two lines).</summary>
    public void AppendJoiner(char c)
    {
        _text.Append(c);
        _next = _next with { Column = _next.Column + 1 };
    }

    public void RemoveLast()
    {
        _text.Length--;
        _next = _next with { Column = _next.Column - 1 };
    }

    public string EndsWithWord()
    {
        var end = _text.Length;
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(_text[start - 1]))
        {
            start--;
        }
        return _text.ToString(start, end - start);
    }

    public SourceMap Map() => new(_segments, _text.Length);
}
