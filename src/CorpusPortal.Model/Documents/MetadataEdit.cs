using CorpusPortal.Model.Bibliography;

namespace CorpusPortal.Model.Documents;

/// <summary>
/// Metadata an editor supplies where the source lacks it (000 has no title, no seed names its authors).
/// Applying an edit replaces the fields it names and records each of them as editorial, so the corpus file
/// tells readers which fields came from an editor rather than from the source.
/// </summary>
public sealed record MetadataEdit
{
    /// <summary>Titles keyed by language code.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<Author>? Authors { get; init; }

    public DocumentKind? Kind { get; init; }

    /// <summary>Publication fields by their <see cref="PublicationField"/> name, as text (<c>published</c>: <c>2021-06</c>).</summary>
    public IReadOnlyDictionary<string, string> Publication { get; init; } = new Dictionary<string, string>();

    public bool IsEmpty => Titles.Count == 0 && Authors is null && Kind is null && Publication.Count == 0;

    /// <summary>The editorial field name of a title: <c>title.tr</c>, <c>title.en</c> …</summary>
    public static string TitleField(string language) => "title." + language;

    public const string AuthorsField = "authors";
    public const string KindField = "kind";

    public DocumentMetadata ApplyTo(DocumentMetadata metadata)
    {
        var editorial = new SortedSet<string>(metadata.EditorialFields, StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(metadata.Titles, StringComparer.Ordinal);
        var titleSpans = metadata.TitleSpans.ToDictionary(StringComparer.Ordinal);
        foreach (var (language, title) in Titles)
        {
            titles[language] = title;
            titleSpans.Remove(language);
            editorial.Add(TitleField(language));
        }
        if (Authors is not null)
        {
            editorial.Add(AuthorsField);
        }
        if (Kind is not null)
        {
            editorial.Add(KindField);
        }
        var publication = metadata.Publication;
        foreach (var (name, value) in Publication)
        {
            var field = PublicationField.Named(name) ?? throw new ArgumentException($"'{name}' is not a publication field", nameof(metadata));
            publication = field.Set(publication, value);
            editorial.Add(name);
        }
        return metadata with
        {
            Titles = titles,
            TitleSpans = titleSpans,
            Authors = Authors ?? metadata.Authors,
            Kind = Kind ?? metadata.Kind,
            Publication = publication,
            EditorialFields = editorial,
        };
    }

    /// <summary>The editorial fields of <paramref name="metadata"/> as an edit, to carry them over a re-import.</summary>
    public static MetadataEdit EditorialPartOf(DocumentMetadata metadata)
    {
        var fields = metadata.EditorialFields;
        return new MetadataEdit
        {
            Titles = metadata.Titles.Where(t => fields.Contains(TitleField(t.Key))).ToDictionary(StringComparer.Ordinal),
            Authors = fields.Contains(AuthorsField) ? metadata.Authors : null,
            Kind = fields.Contains(KindField) ? metadata.Kind : null,
            Publication = PublicationField.All
                .Where(f => fields.Contains(f.Name) && f.Get(metadata.Publication) is not null)
                .ToDictionary(f => f.Name, f => f.Get(metadata.Publication)!, StringComparer.Ordinal),
        };
    }

    /// <summary>This edit, with <paramref name="earlier"/>'s fields kept where this one does not set them.</summary>
    public MetadataEdit Over(MetadataEdit earlier) => new()
    {
        Titles = Merged(earlier.Titles, Titles),
        Authors = Authors ?? earlier.Authors,
        Kind = Kind ?? earlier.Kind,
        Publication = Merged(earlier.Publication, Publication),
    };

    private static Dictionary<string, string> Merged(IReadOnlyDictionary<string, string> earlier, IReadOnlyDictionary<string, string> later) =>
        earlier.Concat(later).GroupBy(t => t.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
}
