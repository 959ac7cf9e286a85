namespace CorpusPortal.Ingestion.Layout;

/// <summary>
/// Cuts the raw lines into blocks: at paragraph breaks (blank lines, or in a double-spaced layout the lines
/// that hold only spaces), at indented lines (a new page) and at bullets.
/// </summary>
internal static class RawBlockSplitter
{
    public static IReadOnlyList<RawBlock> Split(IReadOnlyList<SourceLine> lines, LayoutProfile profile)
    {
        var blocks = new List<RawBlock>();
        var current = new List<SourceLine>();
        var startsPage = false;

        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(new RawBlock(current, startsPage));
                current = [];
            }
            startsPage = false;
        }

        foreach (var line in lines)
        {
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
        return blocks;
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
