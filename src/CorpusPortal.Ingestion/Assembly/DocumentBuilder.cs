using CorpusPortal.Ingestion.LanguageDetection;
using CorpusPortal.Ingestion.Tables;
using CorpusPortal.Ingestion.Text;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using CorpusPortal.Text;

namespace CorpusPortal.Ingestion.Assembly;

/// <summary>
/// Turns what <see cref="DocumentAssembler"/> sorted into the document model: joins lines, gives every section,
/// paragraph and table its anchor, decides languages and the kind of document.
/// </summary>
internal sealed class DocumentBuilder(DocumentAssembler assembled, LineJoiner joiner)
{
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private int _paragraphs;
    private int _tables;

    public Document Build(string id, string sourceFile)
    {
        var drafts = Regroup(assembled.Sections);
        var sections = drafts.Select(BuildSection).ToList();
        var primary = PrimaryLanguage(sections);
        sections = sections.Select(s => s.Language == Languages.Unknown ? s with { Language = primary } : s).ToList();
        var footnotes = assembled.Footnotes
            .Select(f => joiner.Join(f.Pieces) is var text
                ? new Footnote { Number = f.Number, Text = text.Text, Source = text.Source }
                : null!)
            .ToList();
        var titles = assembled.Titles.ToDictionary(t => t.Key, t => t.Value.Text, StringComparer.Ordinal);
        var metadata = new DocumentMetadata
        {
            Id = id,
            Kind = Kind(sections),
            PrimaryLanguage = primary,
            SourceFile = sourceFile,
            Titles = titles,
            TitleSpans = assembled.Titles.ToDictionary(t => t.Key, t => t.Value.Span, StringComparer.Ordinal),
            Keywords = assembled.Keywords,
            Authors = assembled.Header.Authors,
            Publication = assembled.Header.Publication.Published is null && assembled.FurnitureYear is { } year
                ? assembled.Header.Publication with { Published = new(year) }
                : assembled.Header.Publication,
        };
        return CorpusPortal.Analysis.Footnotes.FootnoteLinks.Link(new Document { Metadata = metadata, Sections = sections, Footnotes = footnotes });
    }

    /// <summary>
    /// A text with no headings at all whose few paragraphs alternate languages (a thesis abstract and its
    /// translation) is a set of abstracts, one per language run.
    /// </summary>
    private List<SectionDraft> Regroup(List<SectionDraft> sections)
    {
        if (sections is not [{ Implicit: true } only] || assembled.Titles.Count > 0)
        {
            return sections;
        }
        var paragraphs = only.Blocks.OfType<ParagraphDraft>().ToList();
        if (paragraphs.Count != only.Blocks.Count || paragraphs.Count > 8)
        {
            return sections;
        }
        var runs = new List<SectionDraft>();
        foreach (var paragraph in paragraphs)
        {
            var language = LanguageGuesser.Guess(joiner.Join(paragraph.Pieces).Text);
            if (runs.Count == 0 || runs[^1].Language != language)
            {
                runs.Add(new SectionDraft { Kind = SectionKind.Abstract, Language = language, Implicit = true });
            }
            runs[^1].Blocks.Add(paragraph);
        }
        return runs.Select(r => r.Language).Distinct(StringComparer.Ordinal).Count() > 1 ? runs : sections;
    }

    private Section BuildSection(SectionDraft draft)
    {
        var blocks = new List<Block>();
        var languages = new List<(string Language, int Length)>();
        foreach (var block in draft.Blocks)
        {
            if (block is ParagraphDraft paragraph)
            {
                var text = joiner.Join(paragraph.Pieces, assembled.Markers);
                var language = LanguageGuesser.Guess(text.Text);
                languages.Add((language, text.Text.Length));
                blocks.Add(new Paragraph
                {
                    Anchor = Unique($"p-{++_paragraphs}"),
                    Text = text.Text,
                    Source = text.Source,
                    Markers = text.Markers,
                    IsListItem = paragraph.IsListItem,
                    Language = language,
                });
            }
            else if (block is TableDraft table)
            {
                blocks.Add(BuildTable(table));
            }
        }
        var sectionLanguage = draft.Language ?? Majority(languages) ?? Languages.Unknown;
        blocks = blocks.Select(b => b is Paragraph p && (p.Language == sectionLanguage || p.Language == Languages.Unknown) ? p with { Language = null } : b).ToList();
        return new Section
        {
            Anchor = Unique(SectionAnchor(draft, sectionLanguage)),
            Kind = draft.Kind,
            Language = sectionLanguage,
            Level = draft.Level,
            Number = draft.Number,
            Title = draft.Title,
            TitleSpan = draft.TitleSpan,
            Blocks = blocks,
        };
    }

    private Table BuildTable(TableDraft draft)
    {
        var lines = joiner.Join(draft.Lines);
        var note = draft.NoteLines.Count > 0 ? joiner.Join(draft.NoteLines) : null;
        return new Table
        {
            Anchor = Unique($"t-{++_tables}"),
            Number = draft.Number,
            Caption = draft.Caption,
            Rows = draft.Rows,
            SourceNote = note?.Text,
            NoteSource = note?.Source,
            Source = lines.Source,
        };
    }

    private static string SectionAnchor(SectionDraft draft, string language) => draft switch
    {
        { Kind: SectionKind.Abstract, Level: 1 } => $"abstract-{language}",
        { Kind: SectionKind.ExtendedAbstract, Level: 1 } => $"extended-abstract-{language}",
        { Number: { } number } => "s-" + number.Replace('.', '-'),
        { Title: { } title } when Anchors.Slug(title).Length > 0 => Anchors.Slug(title),
        _ => "body",
    };

    private string Unique(string anchor)
    {
        var candidate = anchor;
        for (var n = 2; !_anchors.Add(candidate); n++)
        {
            candidate = $"{anchor}-{n}";
        }
        return candidate;
    }

    private static string? Majority(List<(string Language, int Length)> languages) =>
        languages.Where(l => l.Language != Languages.Unknown)
            .GroupBy(l => l.Language, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(l => l.Length))
            .Select(g => g.Key)
            .FirstOrDefault();

    private static string PrimaryLanguage(List<Section> sections)
    {
        var body = sections.Where(s => s.Kind == SectionKind.Body).ToList();
        if (body.Count == 0)
        {
            return sections.Select(s => s.Language).FirstOrDefault(l => l != Languages.Unknown) ?? Languages.Unknown;
        }
        return body.Where(s => s.Language != Languages.Unknown)
            .GroupBy(s => s.Language, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(s => s.Blocks.OfType<Paragraph>().Sum(p => p.Text.Length)))
            .Select(g => g.Key)
            .FirstOrDefault() ?? Languages.Unknown;
    }

    private DocumentKind Kind(List<Section> sections)
    {
        var hasAbstract = sections.Any(s => s.IsAbstract);
        var hasBody = sections.Any(s => s.Kind == SectionKind.Body);
        if (hasAbstract && hasBody)
        {
            return DocumentKind.JournalArticle;
        }
        if (hasAbstract)
        {
            return DocumentKind.ThesisAbstract;
        }
        return assembled.HasWebChrome || assembled.Titles.Count > 0 ? DocumentKind.NewsArticle : DocumentKind.Other;
    }
}
