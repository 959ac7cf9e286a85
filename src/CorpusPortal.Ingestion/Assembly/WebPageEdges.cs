using CorpusPortal.Ingestion.Boilerplate;
using CorpusPortal.Ingestion.Headings;
using CorpusPortal.Ingestion.Layout;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Ingestion.Assembly;

/// <summary>
/// What a page scraped from the web carries around its article: its surroundings at the end (comments, follow and
/// share prompts, links to other articles), lone chrome lines higher up, and a headline printed twice at the top.
/// </summary>
internal sealed class WebPageEdges
{
    private readonly HashSet<int> _lone = [];

    private WebPageEdges(IReadOnlyList<RawBlock> blocks) => Blocks = blocks;

    private IReadOnlyList<RawBlock> Blocks { get; }

    /// <summary>The first block of the page's surroundings at its end (the number of blocks when there are none).</summary>
    public int End { get; private set; }

    /// <summary>Chrome lines standing alone above <see cref="End"/>, such as a comment counter under the headline.</summary>
    public IReadOnlySet<int> Lone => _lone;

    public bool Found => End < Blocks.Count || _lone.Count > 0;

    /// <summary>Where the blocks dropped are, for the editor; null when nothing was.</summary>
    public ImportWarning? Note { get; private set; }

    /// <summary>
    /// A scraped page ends in its surroundings: from the first block after some prose that holds a chrome line
    /// ("Leave a review", "Follow us …", "News Line"), when nothing long follows. On such a page (or one whose
    /// headline is printed twice) a lone chrome line higher up goes too.
    /// </summary>
    public static WebPageEdges Find(IReadOnlyList<RawBlock> blocks)
    {
        var edges = new WebPageEdges(blocks) { End = blocks.Count };
        var seenText = false;
        for (var i = 0; i < blocks.Count && edges.End == blocks.Count; i++)
        {
            var block = blocks[i];
            if (seenText && block.Lines.Any(l => WebChrome.IsChromeLine(l.Content)) && blocks.Skip(i).All(b => b.JoinedContent.Length < 400))
            {
                edges.End = i;
            }
            seenText |= block.JoinedContent.Length >= 200 || (block.JoinedContent.Length >= 60 && block.JoinedContent[^1] is '.' or '!' or '?');
        }
        var repeatedHeadline = blocks.Count > 1 && string.Equals(blocks[0].JoinedContent, blocks[1].JoinedContent, StringComparison.Ordinal);
        if (edges.End == blocks.Count && !repeatedHeadline)
        {
            return edges;
        }
        for (var i = 0; i < edges.End; i++)
        {
            if (blocks[i].IsSingleLine && WebChrome.IsChromeLine(blocks[i].FirstContent))
            {
                edges._lone.Add(i);
            }
        }
        var lines = edges._lone.Select(i => blocks[i].First.Number)
            .Concat(blocks.Skip(edges.End).SelectMany(b => b.Lines).Select(l => l.Number))
            .ToList();
        if (lines.Count > 0)
        {
            edges.Note = new ImportWarning("web-chrome", $"dropped the web page's surroundings (comments, follow and share prompts, links to other articles) at lines {string.Join(", ", lines)}", lines[0])
            {
                Severity = WarningSeverity.Info,
            };
        }
        return edges;
    }

    /// <summary>
    /// A scraped page starts with the headline, often printed twice: a first line that is short, does not end like a
    /// sentence, and is repeated or followed by the page's chrome. Null when the page does not start so.
    /// </summary>
    public Headline? LeadingHeadline()
    {
        var first = Blocks[0];
        var content = first.FirstContent;
        if (!first.IsSingleLine || content.Length > 200 || content[^1] == '.' || HeadingRecognizer.Label(content) is not null)
        {
            return null;
        }
        var repeated = Blocks.Count > 1 && string.Equals(Blocks[1].JoinedContent, content, StringComparison.Ordinal);
        return repeated || Found ? new Headline(content, first.First, repeated ? Blocks[1].First.Number : null) : null;
    }

    /// <summary>A page's headline, its line, and the line it was printed again at (null when once).</summary>
    public sealed record Headline(string Text, SourceLine Line, int? RepeatedAt)
    {
        /// <summary>How many blocks the headline takes.</summary>
        public int Blocks => RepeatedAt is null ? 1 : 2;
    }
}
