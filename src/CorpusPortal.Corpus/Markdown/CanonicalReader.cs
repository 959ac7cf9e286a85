using System.Globalization;
using System.Text;
using CorpusPortal.Corpus.Alignment;
using CorpusPortal.Corpus.FrontMatter;
using CorpusPortal.Analysis;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using ModelTable = CorpusPortal.Model.Documents.Table;
using MarkdigBlock = Markdig.Syntax.Block;
using Block = CorpusPortal.Model.Documents.Block;
using Footnote = CorpusPortal.Model.Documents.Footnote;
using CorpusPortal.Analysis.Citations.Archival.Registry;

namespace CorpusPortal.Corpus.Markdown;

/// <summary>
/// Reads a canonical corpus file back into a document (the inverse of <see cref="CanonicalWriter"/>), then
/// derives citations and warnings from its text. Paragraphs an editor added without an anchor get the next free
/// one; Markdown an editor may use beyond the canonical subset (lists, quotes, emphasis) is read as plain text.
/// </summary>
public static partial class CanonicalReader
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseFootnotes()
        .UsePipeTables()
        .UseGenericAttributes()
        .Build();

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    /// <param name="archives">The archives whose citations are recognised: the corpus's registry (<see cref="ArchiveRegistry.Default"/> when not given).</param>
    public static Document Read(string markdown, string file, ArchiveRegistry? archives = null)
    {
        MarkdownDocument ast;
        try
        {
            ast = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            throw new CorpusFormatException(file, 1, "the Markdown is nested too deeply (quotes or lists inside each other hundreds of times)");
        }
        var front = ast.Descendants<YamlFrontMatterBlock>().FirstOrDefault()
            ?? throw new CorpusFormatException(file, 1, markdown.StartsWith("---", StringComparison.Ordinal)
                ? "the YAML front matter is not closed by a line '---' (is the file cut short?)"
                : "the file does not start with YAML front matter (---)");
        var frontLine = front.Line + 1;
        var parser = new FrontMatterParser(front.Lines.ToString(), file, frontLine + 1);
        FrontMatterData data;
        try
        {
            data = Yaml.Deserialize<FrontMatterData>(parser) ?? new FrontMatterData();
        }
        catch (YamlException e)
        {
            throw new CorpusFormatException(file, parser.LineOf(e.Start), "front matter: " + (e.InnerException?.Message ?? e.Message));
        }
        if (string.IsNullOrWhiteSpace(data.Id))
        {
            throw new CorpusFormatException(file, frontLine, "front matter has no id");
        }
        FrontMatterChecks.Check(data, parser, file, frontLine);
        var (metadata, notes) = FrontMatterMapper.To(data, file);
        var state = new ReadState(file);
        foreach (var block in ast)
        {
            state.Take(block);
        }
        var sections = state.Finish(metadata.PrimaryLanguage);
        var (alignments, stale) = AlignmentFit.Check(sections, FrontMatterMapper.Alignments(data), parser.KeyLines.GetValueOrDefault("alignment", frontLine));
        var document = new Document { Metadata = metadata, Sections = sections, Footnotes = state.Footnotes, Alignments = alignments };
        try
        {
            return DocumentAnalyzer.Analyze(document, [.. notes, .. stale], archives);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            throw new CorpusFormatException(file, frontLine, "the citations of a paragraph could not be found in time (a line looks built to slow the reader down)");
        }
    }

    /// <summary>The class of the placeholder written for a marker whose note the source lacks (see CanonicalWriter).</summary>
    internal const string MissingNoteClass = "missing-note";

    /// <summary>The class of a caption line that only shows the table's label: the table has no caption.</summary>
    internal const string NoCaptionClass = "no-caption";

    [System.Text.RegularExpressions.GeneratedRegex(@"\Afn-[0-9]+\z", System.Text.RegularExpressions.RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex FootnoteAnchor();

    private sealed class ReadState(string file)
    {
        private readonly List<(Section Section, List<Block> Blocks)> _sections = [];
        private readonly Dictionary<string, int> _anchors = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> _footnoteLines = [];
        private readonly List<Paragraph> _unanchored = [];
        private (string Anchor, string? Number, string Caption, SourceMap? Source)? _caption;

        public List<Footnote> Footnotes { get; } = [];

        public void Take(MarkdigBlock block)
        {
            if (_caption is not null && block is not MarkdigTable)
            {
                AddCaptionedTable(null);
            }
            switch (block)
            {
                case YamlFrontMatterBlock:
                case LinkReferenceDefinitionGroup:
                    break;
                case HeadingBlock heading:
                    StartSection(heading);
                    break;
                case ParagraphBlock paragraph:
                    TakeParagraph(paragraph);
                    break;
                case MarkdigTable table:
                    TakeTable(table);
                    break;
                case FootnoteGroup group:
                    foreach (var note in group.OfType<Markdig.Extensions.Footnotes.Footnote>())
                    {
                        TakeFootnote(note);
                    }
                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Take(child);
                    }
                    break;
                case LeafBlock leaf:
                    AddBlock(NewParagraph(leaf.Lines.ToString().Trim(), [], leaf.TryGetAttributes(), leaf.Line));
                    break;
            }
        }

        public List<Section> Finish(string primaryLanguage)
        {
            if (_caption is not null)
            {
                AddCaptionedTable(null);
            }
            var next = _anchors.Keys.Where(a => a.StartsWith("p-", StringComparison.Ordinal))
                .Select(a => int.TryParse(a[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .DefaultIfEmpty(0).Max();
            var renamed = new Dictionary<Paragraph, string>(ReferenceEqualityComparer.Instance);
            foreach (var paragraph in _unanchored)
            {
                renamed[paragraph] = $"p-{++next}";
            }
            return _sections.Select(s => s.Section with
            {
                Language = s.Section.Language.Length == 0 ? primaryLanguage : s.Section.Language,
                Blocks = s.Blocks.Select(b => b is Paragraph p && renamed.TryGetValue(p, out var anchor) ? p with { Anchor = anchor } : b).ToList(),
            }).ToList();
        }

        private void StartSection(HeadingBlock heading)
        {
            var attributes = heading.TryGetAttributes();
            var classes = attributes?.Classes ?? [];
            var number = Property(attributes, "number");
            var title = InlineText(heading.Inline, null).Text.Trim();
            if (number is not null)
            {
                title = StripNumber(title, number);
            }
            var kind = classes.Contains("abstract") ? SectionKind.Abstract
                : classes.Contains("extended-abstract") ? SectionKind.ExtendedAbstract
                : SectionKind.Body;
            var section = new Section
            {
                Anchor = Claim(attributes?.Id ?? Property(attributes, "id"), CorpusPortal.Text.Anchors.Slug(title), heading.Line),
                Kind = kind,
                Language = Property(attributes, "lang") ?? "",
                Level = heading.Level,
                Number = number,
                Title = title.Length == 0 ? null : title,
                TitleSpan = SpanText.Parse(Property(attributes, "src")),
            };
            _sections.Add((section, []));
        }

        private void TakeParagraph(ParagraphBlock block)
        {
            var attributes = block.TryGetAttributes();
            var classes = attributes?.Classes ?? [];
            var (text, markers) = InlineText(block.Inline, null);
            text = text.TrimEnd();
            if (classes.Contains("caption"))
            {
                var caption = classes.Contains(NoCaptionClass) ? "" : text;
                _caption = (Claim(attributes!.Id, "t", block.Line), Property(attributes, "number"), caption, SourceMap.TryParse(Property(attributes, "src")));
                return;
            }
            if (classes.Contains("table-note") && CurrentBlocks().LastOrDefault() is ModelTable table)
            {
                CurrentBlocks()[^1] = table with { SourceNote = text, NoteSource = SourceMap.TryParse(Property(attributes, "src")) };
                return;
            }
            AddBlock(NewParagraph(text, markers, attributes, block.Line));
        }

        private Paragraph NewParagraph(string text, List<FootnoteMarker> markers, HtmlAttributes? attributes, int line)
        {
            var paragraph = new Paragraph
            {
                Anchor = attributes?.Id is { } id ? Claim(id, "", line) : "",
                Text = text,
                Markers = markers,
                Language = Property(attributes, "lang"),
                IsListItem = attributes?.Classes?.Contains("item") == true,
                Emphasis = Italics(attributes, text.Length, line),
                Source = SourceMap.TryParse(Property(attributes, "src")) ?? SourceMap.Single(new SourcePosition(0, 0), text.Length),
            };
            if (paragraph.Anchor.Length == 0)
            {
                _unanchored.Add(paragraph);
            }
            return paragraph;
        }

        private void TakeTable(MarkdigTable table) => AddCaptionedTable(table);

        /// <summary>The table under the pending caption; a caption with no pipe table under it is a table without rows.</summary>
        private void AddCaptionedTable(MarkdigTable? table)
        {
            var rows = (table?.OfType<TableRow>() ?? [])
                .Select(row => (IReadOnlyList<string>)row.OfType<TableCell>()
                    .Select(cell => string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline, null).Text.Trim())))
                    .ToList())
                .ToList();
            var caption = _caption;
            _caption = null;
            var attributes = table?.TryGetAttributes();
            AddBlock(new ModelTable
            {
                Anchor = caption?.Anchor ?? Claim(attributes?.Id, "t", table?.Line ?? 0),
                Number = caption?.Number,
                Caption = string.IsNullOrEmpty(caption?.Caption) ? null : caption.Value.Caption,
                Rows = rows,
                Source = caption?.Source ?? SourceMap.Single(new SourcePosition(0, 0), 0),
            });
        }

        private void TakeFootnote(Markdig.Extensions.Footnotes.Footnote note)
        {
            if (!int.TryParse(note.Label?.TrimStart('^'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                throw new CorpusFormatException(file, note.Line + 1, $"footnote label '{note.Label}' is not a number");
            }
            if (!_footnoteLines.TryAdd(number, note.Line + 1))
            {
                throw new CorpusFormatException(file, note.Line + 1, $"footnote {number} ([^{note.Label?.TrimStart('^')}]) is already written at line {_footnoteLines[number]}; every footnote needs its own number");
            }
            var paragraphs = note.OfType<ParagraphBlock>().ToList();
            var text = string.Join(" ", paragraphs.Select(p => InlineText(p.Inline, null).Text.Trim()));
            var attributes = paragraphs.LastOrDefault()?.TryGetAttributes();
            if (attributes?.Classes?.Contains(MissingNoteClass) == true)
            {
                return;
            }
            Footnotes.Add(new Footnote
            {
                Number = number,
                Text = text,
                Emphasis = Italics(attributes, text.Length, note.Line),
                Source = SourceMap.TryParse(Property(attributes, "src")) ?? SourceMap.Single(new SourcePosition(0, 0), text.Length),
            });
        }

        /// <summary>The <c>em</c> attribute's stretches in italics; one that leaves the text is a format error.</summary>
        private IReadOnlyList<Emphasis> Italics(HtmlAttributes? attributes, int textLength, int line) =>
            Emphasis.Parse(Property(attributes, "em"), textLength)
            ?? throw new CorpusFormatException(file, line + 1, $"em=\"{Property(attributes, "em")}\" is not a list of offset:length stretches inside the text ({textLength} characters)");

        private void AddBlock(Block block)
        {
            if (_sections.Count == 0)
            {
                _sections.Add((new Section { Anchor = Claim(null, "body", 0), Kind = SectionKind.Body, Language = "" }, []));
            }
            CurrentBlocks().Add(block);
        }

        private List<Block> CurrentBlocks() => _sections[^1].Blocks;

        /// <summary>
        /// Takes an anchor for a block at <paramref name="line"/> (counted from 0). An anchor written in the file must be
        /// unique and must not be a footnote's (<c>fn-1</c>); one derived from a title gets a number when taken.
        /// </summary>
        private string Claim(string? written, string derived, int line)
        {
            if (written is not null)
            {
                if (FootnoteAnchor().IsMatch(written))
                {
                    throw new CorpusFormatException(file, line + 1, $"the anchor '{written}' belongs to footnote {written[3..]}; give this block another anchor");
                }
                if (!_anchors.TryAdd(written, line + 1))
                {
                    throw new CorpusFormatException(file, line + 1, $"the anchor '{written}' is already used at line {_anchors[written]}; every anchor must be unique");
                }
                return written;
            }
            var stem = derived.Length == 0 ? "s" : derived;
            var candidate = stem;
            for (var n = 2; FootnoteAnchor().IsMatch(candidate) || !_anchors.TryAdd(candidate, line + 1); n++)
            {
                candidate = $"{stem}-{n}";
            }
            return candidate;
        }

        private static string StripNumber(string title, string number)
        {
            foreach (var prefix in new[] { number + ". ", number + " " })
            {
                if (title.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return title[prefix.Length..].Trim();
                }
            }
            return title;
        }

        private static string? Property(HtmlAttributes? attributes, string name) =>
            attributes?.Properties?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.Ordinal)).Value;

        private static (string Text, List<FootnoteMarker> Markers) InlineText(ContainerInline? inline, StringBuilder? into)
        {
            var text = into ?? new StringBuilder();
            var markers = new List<FootnoteMarker>();
            Append(inline, text, markers);
            return (text.ToString(), markers);
        }

        private static void Append(ContainerInline? container, StringBuilder text, List<FootnoteMarker> markers)
        {
            for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        text.Append(literal.Content.AsSpan());
                        break;
                    case FootnoteLink { IsBackLink: false } link when int.TryParse(link.Footnote.Label?.TrimStart('^'), NumberStyles.None, CultureInfo.InvariantCulture, out var number):
                        markers.Add(new FootnoteMarker(number, text.Length));
                        break;
                    case FootnoteLink:
                        break;
                    case LineBreakInline:
                        text.Append(' ');
                        break;
                    case CodeInline code:
                        text.Append(code.Content);
                        break;
                    case HtmlInline html:
                        text.Append(html.Tag);
                        break;
                    case HtmlEntityInline entity:
                        text.Append(entity.Transcoded.AsSpan());
                        break;
                    case AutolinkInline autolink:
                        text.Append(autolink.Url);
                        break;
                    case ContainerInline nested:
                        Append(nested, text, markers);
                        break;
                }
            }
        }
    }
}
