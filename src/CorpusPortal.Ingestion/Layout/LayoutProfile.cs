namespace CorpusPortal.Ingestion.Layout;

/// <summary>
/// How a text pulled out of a PDF lays out its lines.
/// <see cref="DoubleSpaced"/>: an empty line after every text line, paragraphs separated by lines that hold
/// only spaces (seed 001). <see cref="TrailingSpaceContinues"/>: a line that goes on in the next one ends with
/// a space and the last line of a paragraph does not (seed 002); where every line ends with a space that says
/// nothing.
/// </summary>
internal sealed record LayoutProfile(bool DoubleSpaced, bool TrailingSpaceContinues)
{
    public static LayoutProfile Detect(IReadOnlyList<SourceLine> lines)
    {
        var text = 0;
        var followedByEmptyThenText = 0;
        var trailing = 0;
        var spaceOnly = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                spaceOnly += line.IsEmpty ? 0 : 1;
                continue;
            }
            text++;
            trailing += line.HasTrailingSpace ? 1 : 0;
            if (i + 2 < lines.Count && lines[i + 1].IsEmpty && !lines[i + 2].IsBlank)
            {
                followedByEmptyThenText++;
            }
        }
        var doubleSpaced = text >= 6 && spaceOnly > 0 && followedByEmptyThenText >= text * 0.6;
        var trailingShare = text == 0 ? 0 : (double)trailing / text;
        return new LayoutProfile(doubleSpaced, trailingShare is > 0.2 and < 0.97);
    }
}
