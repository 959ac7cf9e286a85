namespace CorpusPortal.Ingestion.Layout;

/// <summary>
/// How a text pulled out of a PDF lays out its lines.
/// <see cref="DoubleSpaced"/>: an empty line after every text line, paragraphs separated by lines that hold
/// only spaces (seed 001). <see cref="TrailingSpaceContinues"/>: a line that goes on in the next one ends with
/// a space and the last line of a paragraph does not (seed 002); where every line ends with a space that says
/// nothing. <see cref="Unbroken"/>: no blank lines at all, as a PDF reader saves a PDF's text: where the blocks
/// begin is read from the lines themselves (<see cref="UnbrokenBlocks"/>).
/// </summary>
internal sealed record LayoutProfile(bool DoubleSpaced, bool TrailingSpaceContinues, bool Unbroken = false)
{
    public static LayoutProfile Detect(IReadOnlyList<SourceLine> lines)
    {
        var text = 0;
        var followedByBlank = 0;
        var wrappedBeforeBlank = 0;
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
            if (i + 1 < lines.Count && lines[i + 1].IsBlank)
            {
                followedByBlank++;
                var after = i + 2 < lines.Count ? lines[i + 2].Content : "";
                wrappedBeforeBlank += !EndsSentence(line.Content) && after.Length > 0 && char.IsLower(after[0]) ? 1 : 0;
            }
        }
        // A blank line after (nearly) every text line. Web pages that put each paragraph on one line look the
        // same, so also ask for what only a PDF gives: lines holding only spaces, or sentences cut at a line end
        // that go on, in small letters, after the blank line.
        var doubleSpaced = text >= 4 && followedByBlank >= text * 0.8 && (spaceOnly > 0 || wrappedBeforeBlank >= text * 0.25);
        var trailingShare = text == 0 ? 0 : (double)trailing / text;
        return new LayoutProfile(doubleSpaced, trailingShare is > 0.2 and < 0.97, UnbrokenBlocks.Applies(lines));
    }

    private static bool EndsSentence(string content) => content[^1] is '.' or '!' or '?' or ':' or '”' or '"' or ')';
}
