using CorpusPortal.Ingestion.Boilerplate;
using CorpusPortal.Ingestion.Footnotes;
using CorpusPortal.Ingestion.Header;
using CorpusPortal.Ingestion.Headings;
using CorpusPortal.Ingestion.Layout;
using CorpusPortal.Ingestion.Tables;
using CorpusPortal.Ingestion.Text;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Ingestion.Assembly;

/// <summary>
/// Walks the raw blocks of a text once, in order, and sorts each into the structure of a paper: page
/// furniture and web chrome (dropped, with a note), notes at page bottoms, paragraphs continued across pages,
/// abstract labels, keywords, titles, tables, headings and list items.
/// </summary>
internal sealed partial class DocumentAssembler
{
    private readonly IReadOnlyList<RawBlock> _blocks;
    private readonly LayoutProfile _profile;
    private readonly IReadOnlySet<int> _furniture;
    private readonly FootnoteMarkerScanner _markers = new();
    private readonly FootnoteBlockReader _notes = new();

    private SectionDraft? _current;
    private ParagraphDraft? _open;
    private string? _keywordsLanguageSeen;
    private bool _titleAllowed = true;
    private int _chromeFrom = -1;
    private readonly HashSet<int> _chromeBlocks = [];

    public DocumentAssembler(IReadOnlyList<RawBlock> blocks, LayoutProfile profile)
    {
        _blocks = blocks;
        _profile = profile;
        _furniture = PageFurniture.Find(blocks);
    }

    public List<SectionDraft> Sections { get; } = [];

    public List<FootnoteDraft> Footnotes { get; } = [];

    public Dictionary<string, (string Text, SourceSpan Span)> Titles { get; } = new(StringComparer.Ordinal);

    public List<KeywordList> Keywords { get; } = [];

    public List<ImportWarning> Notes { get; } = [];

    public FootnoteMarkerScanner Markers => _markers;

    public int? FurnitureYear => PageFurniture.Year(_furniture.Select(i => _blocks[i]));

    public bool HasWebChrome => _chromeFrom >= 0 || _chromeBlocks.Count > 0;

    /// <summary>What the paper's header said (authors, journal, DOI, dates); empty for a text without one.</summary>
    public HeaderResult Header { get; private set; } = HeaderResult.None;

    public void Run()
    {
        FindWebChrome();
        Header = HeaderReader.Read(_blocks, i => _furniture.Contains(i) || _chromeBlocks.Contains(i));
        foreach (var (language, title) in Header.Titles)
        {
            Titles.TryAdd(language, title);
        }
        Notes.AddRange(Header.Notes);
        var end = _chromeFrom >= 0 ? _chromeFrom : _blocks.Count;
        for (var i = 0; i < end;)
        {
            i += Take(i, _blocks[i]);
        }
        if (_furniture.Count > 0)
        {
            var lines = _furniture.Order().Select(i => _blocks[i].First.Number).ToList();
            Notes.Add(Info("page-furniture", $"dropped running heads and page numbers at lines {string.Join(", ", lines)}", lines[0]));
        }
    }

    private int Take(int index, RawBlock block)
    {
        if (_furniture.Contains(index) || _chromeBlocks.Contains(index))
        {
            return 1;
        }
        if (Header.Consumed.Contains(index))
        {
            foreach (var unread in Header.Leftovers.GetValueOrDefault(index) ?? [])
            {
                TakeText(unread);
            }
            return 1;
        }
        if (index == 0 && LeadingTitle() is { } used)
        {
            return used;
        }
        if (block.IsSingleLine && EndnotesHeading().IsMatch(block.FirstContent) && index + 1 < _blocks.Count && _notes.Starts(_blocks[index + 1], _markers))
        {
            // "Notlar" over notes gathered at the end: the notes are read as the paper's notes, the heading with them.
            Notes.Add(Info("endnotes", $"the notes under “{block.FirstContent}” were read as the paper's notes", block.First.Number));
            return 1;
        }
        if (_notes.Starts(block, _markers))
        {
            var notes = _notes.Read(block, _markers);
            if (_notes.Continuation.Count > 0 && Footnotes.Count > 0)
            {
                // The end of a note that did not fit at its page's foot.
                Footnotes[^1] = Footnotes[^1] with { Pieces = [.. Footnotes[^1].Pieces, .. _notes.Continuation] };
                Notes.Add(Info("note-continued", $"footnote {Footnotes[^1].Number} goes on at the next page's foot", _notes.Continuation[0].Line.Number));
            }
            Footnotes.AddRange(notes);
            return 1;
        }
        if (block.StartsPage && _open is not null && PageContinuation.Continues(_open.LastPiece.Line, block.First, _profile))
        {
            AddLines(_open, block.Lines);
            return 1;
        }
        _open = null;

        if (HeadingRecognizer.Label(block.FirstContent) is { } label)
        {
            StartLabelledSection(label, block.First);
            _titleAllowed = false;
            if (!block.IsSingleLine)
            {
                TakeText(block.Skip(1));
            }
            return 1;
        }
        if (KeywordsLine.Match(block.FirstContent) is { } keywords)
        {
            var language = _current?.Language ?? keywords.Language;
            if (Keywords.Any(k => string.Equals(k.Language, language, StringComparison.Ordinal)))
            {
                Notes.Add(Info("duplicate-keywords", $"a second keywords line in '{language}' was kept as a paragraph; the first one stands", block.First.Number));
                TakeText(block);
                return 1;
            }
            var text = block.JoinedContent[keywords.TermsStart..];
            var terms = KeywordsLine.Terms(text);
            if (terms.Count > MetadataLimits.MaxKeywords || terms.Any(t => t.Length > MetadataLimits.MaxNameLength))
            {
                Notes.Add(Info("long-keywords", $"a keywords line with more than {MetadataLimits.MaxKeywords} terms or a term longer than {MetadataLimits.MaxNameLength} characters was kept as a paragraph", block.First.Number));
                TakeText(block);
                return 1;
            }
            var span = new SourceSpan(new SourcePosition(block.First.Number, block.First.ContentColumn),
                new SourcePosition(block.Last.Number, block.Last.ContentColumn + block.Last.Content.Length - 1));
            Keywords.Add(new KeywordList(language, keywords.Label.TrimEnd(), terms, span));
            _keywordsLanguageSeen = language;
            _titleAllowed = true;
            return 1;
        }
        if (_titleAllowed && TitleAhead(index) is { } titleLanguage)
        {
            var span = new SourceSpan(new SourcePosition(block.First.Number, block.First.ContentColumn),
                new SourcePosition(block.Last.Number, block.Last.ContentColumn + block.Last.Content.Length - 1));
            Titles.TryAdd(titleLanguage, (block.JoinedContent, span));
            return 1;
        }
        if (_current?.Kind == SectionKind.ExtendedAbstract && RepeatsTitle(block))
        {
            Notes.Add(Info("repeated-title", "the title printed again at the head of the extended abstract was not kept as a paragraph", block.First.Number));
            return 1;
        }
        if (TableReader.Starts(block))
        {
            var (table, tableBlocks) = TableReader.Read(_blocks, index);
            CurrentSection().Blocks.Add(table);
            return tableBlocks;
        }
        if (block.IsSingleLine && HeadingRecognizer.Section(block.FirstContent) is { } heading && NextIsText(index) && !NextContinuesSentence(index))
        {
            StartSection(heading, block.First);
            return 1;
        }
        TakeText(block);
        return 1;
    }

    private void TakeText(RawBlock block)
    {
        var isList = RawBlockSplitter.IsBullet(block.FirstContent);
        var paragraph = new ParagraphDraft { IsListItem = isList };
        AddLines(paragraph, block.Lines, isList ? 1 : 0);
        CurrentSection().Blocks.Add(paragraph);
        _open = paragraph;
        _titleAllowed = false;
    }

    private void AddLines(ParagraphDraft paragraph, IEnumerable<SourceLine> lines, int skipFirst = 0)
    {
        foreach (var line in lines)
        {
            _markers.ScanLine(line);
            paragraph.Pieces.Add(new LinePiece(line, skipFirst));
            skipFirst = 0;
        }
    }

    private SectionDraft CurrentSection()
    {
        if (_current is null)
        {
            _current = new SectionDraft { Kind = SectionKind.Body, Implicit = true };
            Sections.Add(_current);
        }
        return _current;
    }

    private void StartLabelledSection(Heading label, SourceLine line)
    {
        var kind = label.Kind == HeadingKind.ExtendedAbstract ? SectionKind.ExtendedAbstract : SectionKind.Abstract;
        _current = new SectionDraft { Kind = kind, Language = label.Language, Title = label.Title, TitleSpan = SpanOf(line) };
        Sections.Add(_current);
        _keywordsLanguageSeen = null;
    }

    private void StartSection(Heading heading, SourceLine line)
    {
        var inExtended = Sections.Any(s => s.Kind == SectionKind.ExtendedAbstract && s.Level == 1)
            && _current?.Kind == SectionKind.ExtendedAbstract;
        var inOpenAbstract = _current is { Kind: SectionKind.Abstract } && _keywordsLanguageSeen is null;
        var nested = inExtended || inOpenAbstract;
        _current = new SectionDraft
        {
            Kind = nested ? _current!.Kind : SectionKind.Body,
            Language = nested ? _current!.Language : null,
            Level = nested ? 2 : heading.Level,
            Number = heading.Number,
            Title = heading.Title,
            TitleSpan = SpanOf(line),
        };
        Sections.Add(_current);
    }

    /// <summary>
    /// Short blocks right before an abstract label (at the start, or between one abstract's keywords and the
    /// next abstract) are the title in that label's language.
    /// </summary>
    private string? TitleAhead(int index)
    {
        for (var j = index; j < Math.Min(_blocks.Count, index + 3); j++)
        {
            if (HeadingRecognizer.Label(_blocks[j].FirstContent) is { Kind: HeadingKind.Abstract } label)
            {
                return j > index ? label.Language : null;
            }
            if (_blocks[j].Lines.Count > 3 || _blocks[j].JoinedContent.Length > 250)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// A scraped page starts with the headline, often printed twice: a first line that is short, does not end
    /// like a sentence, and is repeated or followed by the page's chrome. Returns the blocks it used.
    /// </summary>
    private int? LeadingTitle()
    {
        var first = _blocks[0];
        var content = first.FirstContent;
        if (!first.IsSingleLine || content.Length > 200 || content[^1] == '.' || HeadingRecognizer.Label(content) is not null)
        {
            return null;
        }
        var repeated = _blocks.Count > 1 && string.Equals(_blocks[1].JoinedContent, content, StringComparison.Ordinal);
        if (!repeated && !HasWebChrome)
        {
            return null;
        }
        Titles.TryAdd(LanguageDetection.LanguageGuesser.Guess(content), (content, SpanOf(first.First)));
        if (repeated)
        {
            Notes.Add(Info("repeated-title", "the headline printed twice at the top of the page was kept once", _blocks[1].First.Number));
        }
        return repeated ? 2 : 1;
    }

    private bool RepeatsTitle(RawBlock block) =>
        Titles.Values.Any(t => string.Equals(Normalize(t.Text), Normalize(block.JoinedContent), StringComparison.Ordinal));

    private bool NextIsText(int index)
    {
        for (var j = index + 1; j < _blocks.Count; j++)
        {
            if (_furniture.Contains(j))
            {
                continue;
            }
            var next = _blocks[j];
            return !(next.IsSingleLine && HeadingRecognizer.Section(next.FirstContent) is not null && next.FirstContent.Length < 60);
        }
        return false;
    }

    /// <summary>The next block starts with a small letter: the line before it is the start of a sentence, not a heading.</summary>
    private bool NextContinuesSentence(int index) =>
        index + 1 < _blocks.Count && _blocks[index + 1].FirstContent is { Length: > 0 } next && char.IsLower(next[0]);

    /// <summary>
    /// A scraped page ends in its surroundings: from the first block after some prose that holds a chrome line
    /// ("Leave a review", "Follow us …", "News Line"), when nothing long follows. On such a page (or one whose
    /// headline is printed twice) a lone chrome line higher up, such as a comment counter under the headline,
    /// goes too.
    /// </summary>
    private void FindWebChrome()
    {
        var seenText = false;
        for (var i = 0; i < _blocks.Count && _chromeFrom < 0; i++)
        {
            var block = _blocks[i];
            if (seenText && block.Lines.Any(l => WebChrome.IsChromeLine(l.Content)) && _blocks.Skip(i).All(b => b.JoinedContent.Length < 400))
            {
                _chromeFrom = i;
            }
            seenText |= block.JoinedContent.Length >= 200 || (block.JoinedContent.Length >= 60 && block.JoinedContent[^1] is '.' or '!' or '?');
        }
        var repeatedHeadline = _blocks.Count > 1 && string.Equals(_blocks[0].JoinedContent, _blocks[1].JoinedContent, StringComparison.Ordinal);
        if (_chromeFrom < 0 && !repeatedHeadline)
        {
            return;
        }
        var end = _chromeFrom >= 0 ? _chromeFrom : _blocks.Count;
        for (var i = 0; i < end; i++)
        {
            if (_blocks[i].IsSingleLine && WebChrome.IsChromeLine(_blocks[i].FirstContent))
            {
                _chromeBlocks.Add(i);
            }
        }
        var lines = _chromeBlocks.Select(i => _blocks[i].First.Number)
            .Concat(_blocks.Skip(end).SelectMany(b => b.Lines).Select(l => l.Number))
            .ToList();
        if (lines.Count > 0)
        {
            Notes.Add(Info("web-chrome", $"dropped the web page's surroundings (comments, follow and share prompts, links to other articles) at lines {string.Join(", ", lines)}", lines[0]));
        }
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static SourceSpan SpanOf(SourceLine line) =>
        new(new SourcePosition(line.Number, line.ContentColumn), new SourcePosition(line.Number, line.ContentColumn + line.Content.Length - 1));

    private static ImportWarning Info(string code, string message, int line) => new(code, message, line) { Severity = WarningSeverity.Info };

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Notlar|Son\s?notlar|Dipnotlar|Notes|End\s?notes)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, CorpusPortal.Model.Text.RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex EndnotesHeading();
}
