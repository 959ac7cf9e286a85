using CorpusPortal.Ingestion.Footnotes;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;

namespace CorpusPortal.Ingestion.Text;

/// <summary>
/// Joins the lines of a paragraph or note into one text: a space between lines, hyphenation at line ends undone
/// (see <see cref="LineBreakHyphens"/>), footnote markers lifted out of the text when a scanner is given.
/// </summary>
internal sealed class LineJoiner(Vocabulary vocabulary)
{
    public JoinedText Join(IReadOnlyList<LinePiece> pieces, FootnoteMarkerScanner? markers = null)
    {
        var builder = new MappedTextBuilder();
        var found = new List<FootnoteMarker>();
        foreach (var piece in pieces)
        {
            var content = piece.Content;
            if (content.Length == 0)
            {
                continue;
            }
            if (!builder.IsEmpty)
            {
                JoinLine(builder, content);
            }
            var column = piece.Column;
            var from = 0;
            var shift = piece.Line.Content.Length - content.Length;
            foreach (var match in markers?.MatchesOn(piece.Line) ?? [])
            {
                if (match.Index < shift)
                {
                    continue;
                }
                var marker = match with { Index = match.Index - shift };
                builder.Append(content.AsSpan(from, marker.Index - from), new SourcePosition(piece.Line.Number, column + from));
                found.Add(new FootnoteMarker(marker.Number, builder.Length));
                from = marker.Index + marker.Length;
            }
            builder.Append(content.AsSpan(from), new SourcePosition(piece.Line.Number, column + from));
        }
        var map = builder.IsEmpty ? SourceMap.Single(new SourcePosition(pieces[0].Line.Number, 1), 0) : builder.Map();
        return new JoinedText(builder.Text, map, found);
    }

    private void JoinLine(MappedTextBuilder builder, string next)
    {
        if (builder.Last != '-')
        {
            builder.AppendJoiner(' ');
            return;
        }
        var nextToken = next.Split(' ', 2)[0];
        switch (LineBreakHyphens.Decide(builder.EndsWithWord(), nextToken, vocabulary))
        {
            case LineBreakHyphen.Remove:
                builder.RemoveLast();
                break;
            case LineBreakHyphen.Dash:
                builder.AppendJoiner(' ');
                break;
        }
    }
}
