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
    private WebPageEdges _web = default!;

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

    public bool HasWebChrome => _web.Found;

    /// <summary>What the paper's header said (authors, journal, DOI, dates); empty for a text without one.</summary>
    public HeaderResult Header { get; private set; } = HeaderResult.None;

    public void Run()
    {
        _web = WebPageEdges.Find(_blocks);
        if (_web.Note is { } chrome)
        {
            Notes.Add(chrome);
        }
        Header = HeaderReader.Read(_blocks, i => _furniture.Contains(i) || _web.Lone.Contains(i));
        foreach (var (language, title) in Header.Titles)
        {
            Titles.TryAdd(language, title);
        }
        Notes.AddRange(Header.Notes);
        for (var i = 0; i < _web.End;)
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
        if (_furniture.Contains(index) || _web.Lone.Contains(index))
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
        if (index == 0 && _web.LeadingHeadline() is { } headline)
        {
            Titles.TryAdd(LanguageDetection.LanguageGuesser.Guess(headline.Text), (headline.Text, SpanOf(headline.Line)));
            if (headline.RepeatedAt is { } line)
            {
                Notes.Add(Info("repeated-title", "the headline printed twice at the top of the page was kept once", line));
            }
            return headline.Blocks;
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

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static SourceSpan SpanOf(SourceLine line) =>
        new(new SourcePosition(line.Number, line.ContentColumn), new SourcePosition(line.Number, line.ContentColumn + line.Content.Length - 1));

    private static ImportWarning Info(string code, string message, int line) => new(code, message, line) { Severity = WarningSeverity.Info };

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Notlar|Son\s?notlar|Dipnotlar|Notes|End\s?notes)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex EndnotesHeading();
}
