namespace CorpusPortal.Ingestion.Layout;

/// <summary>
/// Cuts the raw lines into blocks: at paragraph breaks (blank lines, or in a double-spaced layout the lines
/// that hold only spaces), at indented lines (a new page) and at bullets; in a text without blank lines, where
/// <see cref="UnbrokenBlocks"/> finds the blocks begin.
/// </summary>
internal static class RawBlockSplitter
{
    public static IReadOnlyList<RawBlock> Split(IReadOnlyList<SourceLine> lines, LayoutProfile profile)
    {
        var blocks = new List<RawBlock>();
        var current = new List<SourceLine>();
        var startsPage = false;
        var unbrokenStarts = profile.Unbroken ? UnbrokenBlocks.Starts(lines) : new HashSet<int>();

        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(new RawBlock(current, startsPage));
                current = [];
            }
            startsPage = false;
        }

        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (unbrokenStarts.Contains(index))
            {
                Flush();
            }
            if (line.IsBlank)
            {
                if (!(profile.DoubleSpaced && line.IsEmpty))
                {
                    Flush();
                }
                continue;
            }
            if (line.Indent > 0 || IsBullet(line.Content) || OpensBlock(line.Content))
            {
                Flush();
                startsPage = line.Indent > 0;
            }
            current.Add(line);
            if (IsWholeParagraph(line.Content))
            {
                Flush();
            }
        }
        Flush();
        return FootAuthorNotes.MoveUp(blocks);
    }

    /// <summary>Lines that always begin something new: abstract labels, keywords, table labels.</summary>
    private static bool OpensBlock(string content) =>
        Headings.HeadingRecognizer.Label(content) is not null || Headings.KeywordsLine.Match(content) is not null
        || Tables.TableReader.Starts(content);

    /// <summary>
    /// Text saved from a web page or a word processor puts a whole paragraph on one line; a line far longer than
    /// a printed line that ends a sentence is a paragraph of its own.
    /// </summary>
    private static bool IsWholeParagraph(string content) =>
        content.Length > WholeParagraphLength && content[^1] is '.' or '!' or '?' or '"' or '”' or ')';

    private const int WholeParagraphLength = 300;

    public static bool IsBullet(string content) =>
        content.Length > 0 && content[0] is '•' or '▪' or '●' or '◦' or '–' && (content.Length == 1 || char.IsWhiteSpace(content[1]));
}
