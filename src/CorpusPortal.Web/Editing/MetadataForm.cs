using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Editing;

/// <summary>
/// The editor's metadata form as data: every field as the editor types it, the problems of what is typed (named by
/// the field's id, in both languages), and the metadata it makes. A field the editor changes is marked editorial; a
/// field emptied is unknown again. Values are kept as typed: a colon, a quote or a hash in a title just works,
/// since the form writes the front matter itself.
/// </summary>
public sealed class MetadataForm
{
    /// <summary>The title languages the form offers (any other title the document has is kept as it is).</summary>
    public static readonly string[] TitleLanguages = [Languages.Turkish, Languages.English, Languages.Azerbaijani];

    public DocumentKind Kind { get; set; }

    public Dictionary<string, string> Titles { get; } = new(StringComparer.Ordinal);

    public List<AuthorRow> Authors { get; } = [];

    /// <summary>Publication fields by their format names, as typed.</summary>
    public Dictionary<string, string> Publication { get; } = new(StringComparer.Ordinal);

    /// <summary>One author as typed.</summary>
    public sealed class AuthorRow
    {
        /// <summary>The row as it was when the form was opened (empty for a row added since): what its inputs start with.</summary>
        public (string Family, string Given, string Affiliation, string Orcid) Initial { get; init; } = ("", "", "", "");

        public string Family { get; set; } = "";
        public string Given { get; set; } = "";
        public string Affiliation { get; set; } = "";
        public string Orcid { get; set; } = "";

        public bool IsBlank => Family.Trim().Length == 0 && Given.Trim().Length == 0 && Affiliation.Trim().Length == 0 && Orcid.Trim().Length == 0;

        public Author ToAuthor() => new(Family.Trim(), NullIfBlank(Given))
        {
            Affiliation = NullIfBlank(Affiliation),
            Orcid = NullIfBlank(Orcid) is { } orcid ? Identifiers.PlainOrcid(orcid) : null,
        };
    }

    /// <summary>A problem with what is typed in the field whose id is <see cref="Field"/>: the phrase that says it, and its values.</summary>
    public sealed record Problem(string Field, string Key, params object?[] Values)
    {
        public string Say(UiText ui) => ui.T(Key, Values);
    }

    public static MetadataForm Of(DocumentMetadata metadata)
    {
        var form = new MetadataForm { Kind = metadata.Kind };
        foreach (var language in TitleLanguages)
        {
            form.Titles[language] = metadata.Titles.GetValueOrDefault(language, "");
        }
        form.Authors.AddRange(metadata.Authors.Select(a => new AuthorRow
        {
            Family = a.Family, Given = a.Given ?? "", Affiliation = a.Affiliation ?? "", Orcid = a.Orcid ?? "",
            Initial = (a.Family, a.Given ?? "", a.Affiliation ?? "", a.Orcid ?? ""),
        }));
        foreach (var field in PublicationField.All)
        {
            form.Publication[field.Name] = field.Get(metadata.Publication) ?? "";
        }
        return form;
    }

    /// <summary>True when what is typed differs from <paramref name="metadata"/> (white space around a value aside).</summary>
    public bool Changes(DocumentMetadata metadata)
    {
        var original = Of(metadata);
        return Kind != original.Kind
            || Titles.Any(t => t.Value.Trim() != original.Titles.GetValueOrDefault(t.Key, ""))
            || Publication.Any(p => p.Value.Trim() != original.Publication.GetValueOrDefault(p.Key, ""))
            || !Authors.Where(a => !a.IsBlank).Select(a => a.ToAuthor()).SequenceEqual(metadata.Authors);
    }

    public static string AuthorFieldId(int index, string part) => $"author-{index + 1}-{part}";

    /// <summary>Everything that keeps the form from being saved; empty when it can be.</summary>
    public List<Problem> Problems()
    {
        var problems = new List<Problem>();
        foreach (var (language, title) in Titles)
        {
            if (title.Trim().Length > 0 && PublicationField.TextProblem(title.Trim(), MetadataLimits.MaxTitleLength) is { } problem)
            {
                problems.Add(Words("title-" + language, problem, MetadataLimits.MaxTitleLength));
            }
        }
        if (Authors.Count(a => !a.IsBlank) > MetadataLimits.MaxAuthors)
        {
            problems.Add(new("authors", "MetadataForm.TooManyAuthors", MetadataLimits.MaxAuthors));
        }
        for (var i = 0; i < Authors.Count; i++)
        {
            var row = Authors[i];
            if (row.IsBlank)
            {
                continue;
            }
            if (row.Family.Trim().Length == 0)
            {
                problems.Add(new(AuthorFieldId(i, "family"), "MetadataForm.FamilyNameNeeded"));
            }
            foreach (var (part, text, max) in new[] { ("family", row.Family, MetadataLimits.MaxNameLength), ("given", row.Given, MetadataLimits.MaxNameLength), ("affiliation", row.Affiliation, MetadataLimits.MaxTitleLength) })
            {
                if (text.Trim().Length > 0 && PublicationField.TextProblem(text.Trim(), max) is { } problem)
                {
                    problems.Add(Words(AuthorFieldId(i, part), problem, max));
                }
            }
            if (row.Orcid.Trim().Length > 0 && !Identifiers.IsOrcid(Identifiers.PlainOrcid(row.Orcid)))
            {
                problems.Add(Words(AuthorFieldId(i, "orcid"), FieldProblem.NotAnOrcid, 0));
            }
        }
        foreach (var field in PublicationField.All)
        {
            var text = Publication.GetValueOrDefault(field.Name, "").Trim();
            if (text.Length == 0)
            {
                continue; // empty is unknown
            }
            if (field.Problem(text) is { } problem)
            {
                problems.Add(Words(field.Name, problem, field.MaxLength));
            }
            else if (field.Form == PublicationField.Shape.Date && PartialDate.Parse(text)!.Value.Year is < MetadataLimits.FirstYear or > MetadataLimits.LastYear)
            {
                problems.Add(new(field.Name, "MetadataForm.YearOutOfRange", MetadataLimits.FirstYear, MetadataLimits.LastYear));
            }
        }
        return problems;
    }

    /// <summary>
    /// The metadata the form describes, over <paramref name="metadata"/>: each changed field replaced and marked
    /// editorial, each emptied field unknown and no longer editorial. Call only when <see cref="Problems"/> is empty.
    /// </summary>
    public DocumentMetadata ApplyTo(DocumentMetadata metadata)
    {
        var editorial = new SortedSet<string>(metadata.EditorialFields, StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(metadata.Titles, StringComparer.Ordinal);
        var spans = metadata.TitleSpans.ToDictionary(StringComparer.Ordinal);
        foreach (var (language, typed) in Titles)
        {
            var title = NullIfBlank(typed);
            if (title == metadata.Titles.GetValueOrDefault(language))
            {
                continue;
            }
            spans.Remove(language);
            Mark(editorial, MetadataEdit.TitleField(language), title is not null);
            if (title is null)
            {
                titles.Remove(language);
            }
            else
            {
                titles[language] = title;
            }
        }
        var authors = Authors.Where(a => !a.IsBlank).Select(a => a.ToAuthor()).ToList();
        if (!authors.SequenceEqual(metadata.Authors))
        {
            Mark(editorial, MetadataEdit.AuthorsField, authors.Count > 0);
        }
        if (Kind != metadata.Kind)
        {
            editorial.Add(MetadataEdit.KindField);
        }
        var publication = metadata.Publication;
        foreach (var field in PublicationField.All)
        {
            var value = NullIfBlank(Publication.GetValueOrDefault(field.Name, ""));
            var changed = field.Set(publication, value);
            if (field.Get(changed) != field.Get(publication))
            {
                publication = changed;
                Mark(editorial, field.Name, value is not null);
            }
        }
        return metadata with { Kind = Kind, Titles = titles, TitleSpans = spans, Authors = authors, Publication = publication, EditorialFields = editorial };
    }

    private static void Mark(SortedSet<string> editorial, string field, bool supplied)
    {
        if (supplied)
        {
            editorial.Add(field);
        }
        else
        {
            editorial.Remove(field);
        }
    }

    private static string? NullIfBlank(string text) => text.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    /// <summary>A field's problem as a phrase.</summary>
    private static Problem Words(string field, FieldProblem problem, int max) => problem switch
    {
        FieldProblem.TooLong => new(field, "MetadataForm.TooLong", max),
        FieldProblem.LineBreak => new(field, "MetadataForm.LineBreak"),
        FieldProblem.NotADate => new(field, "MetadataForm.NotADate"),
        FieldProblem.NotADoi => new(field, "MetadataForm.NotADoi"),
        FieldProblem.NotAnOrcid => new(field, "MetadataForm.NotAnOrcid"),
        FieldProblem.NotAWebAddress => new(field, "MetadataForm.NotAWebAddress"),
        _ => new(field, "MetadataForm.Empty"),
    };
}
