using CorpusPortal.Corpus.Alignment;
using CorpusPortal.Model.Alignment;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Corpus.FrontMatter;

/// <summary>Between the document's metadata and the front matter fields.</summary>
internal static class FrontMatterMapper
{
    public static FrontMatterData From(Document document)
    {
        var meta = document.Metadata;
        var data = new FrontMatterData
        {
            Id = meta.Id,
            Kind = KindNames.Name(meta.Kind),
            Language = meta.PrimaryLanguage,
            Source = meta.SourceFile,
            Title = meta.Titles.ToDictionary(StringComparer.Ordinal),
            Authors = [.. meta.Authors.Select(AuthorsData.From)],
            Keywords = meta.Keywords.ToDictionary(
                k => k.Language,
                k => new KeywordsData { Label = k.Label, Terms = [.. k.Terms], Source = k.Span?.ToString() },
                StringComparer.Ordinal),
            Editorial = [.. meta.EditorialFields.Order(StringComparer.Ordinal)],
            TitleSource = meta.TitleSpans.ToDictionary(t => t.Key, t => t.Value.ToString(), StringComparer.Ordinal),
            // What only the import can know is kept with the document: its notes, a converted encoding, header lines it could not read.
            ImportNotes = document.Warnings.Where(w => w.Severity == WarningSeverity.Info || w.Code is "encoding-converted" or "header-unread")
                .Select(w => new NoteData { Code = w.Code, Severity = w.Severity.Name(), Message = w.Message, Line = w.Line })
                .ToList(),
            Alignment = document.Alignments.Count == 0 ? null : document.Alignments
                .Select(a => new AlignmentData { Left = a.Left, Right = a.Right, Pairs = a.Pairs.Select(AlignmentText.Format).ToList() })
                .ToList(),
        };
        foreach (var field in PublicationField.All)
        {
            data.SetField(field.Name, field.Get(meta.Publication));
        }
        return data;
    }

    /// <summary>The saved alignments (their syntax was checked by <see cref="FrontMatterChecks"/>).</summary>
    public static List<SectionAlignment> Alignments(FrontMatterData data) => (data.Alignment ?? [])
        .Select(a => new SectionAlignment(a.Left, a.Right, a.Pairs.Select(p => AlignmentText.Parse(p).Pair!).ToList()))
        .ToList();

    public static (DocumentMetadata Metadata, List<ImportWarning> Notes) To(FrontMatterData data, string file)
    {
        var metadata = new DocumentMetadata
        {
            Id = data.Id,
            Kind = KindNames.Parse(data.Kind) ?? throw new CorpusFormatException(file, 1, $"unknown kind '{data.Kind}' (expected {string.Join(", ", KindNames.All)})"),
            PrimaryLanguage = data.Language,
            SourceFile = data.Source,
            Titles = data.Title.ToDictionary(StringComparer.Ordinal),
            TitleSpans = data.TitleSource
                .Select(t => (t.Key, Span: SpanText.Parse(t.Value)))
                .Where(t => t.Span is not null)
                .ToDictionary(t => t.Key, t => t.Span!.Value, StringComparer.Ordinal),
            Authors = data.Authors.Select(a => AuthorsData.Read(a).Author!).ToList(),
            Publication = PublicationOf(data),
            Keywords = data.Keywords.Select(k => new KeywordList(k.Key, k.Value.Label, k.Value.Terms, SpanText.Parse(k.Value.Source))).ToList(),
            EditorialFields = new SortedSet<string>(data.Editorial, StringComparer.Ordinal),
        };
        var notes = data.ImportNotes.Select(n => new ImportWarning(n.Code, n.Message, n.Line)
        {
            Severity = Enum.TryParse<WarningSeverity>(n.Severity, ignoreCase: true, out var severity) ? severity : WarningSeverity.Info,
        }).ToList();
        return (metadata, notes);
    }

    /// <summary>The publication fields (checked by <see cref="FrontMatterChecks"/>); an older file's <c>year</c> is the publication date.</summary>
    private static Publication PublicationOf(FrontMatterData data)
    {
        var publication = Publication.Unknown;
        foreach (var field in PublicationField.All)
        {
            if (data.Field(field.Name) is { } value)
            {
                publication = field.Set(publication, value.Trim());
            }
        }
        if (publication.Published is null && data.Year is { } year)
        {
            publication = publication with { Published = new PartialDate(year) };
        }
        return publication;
    }
}
