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

    public IReadOnlyList<string>? Authors { get; init; }

    public int? Year { get; init; }

    public DocumentKind? Kind { get; init; }

    public bool IsEmpty => Titles.Count == 0 && Authors is null && Year is null && Kind is null;

    /// <summary>The editorial field name of a title: <c>title.tr</c>, <c>title.en</c> …</summary>
    public static string TitleField(string language) => "title." + language;

    public const string AuthorsField = "authors";
    public const string YearField = "year";
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
        if (Year is not null)
        {
            editorial.Add(YearField);
        }
        if (Kind is not null)
        {
            editorial.Add(KindField);
        }
        return metadata with
        {
            Titles = titles,
            TitleSpans = titleSpans,
            Authors = Authors ?? metadata.Authors,
            Year = Year ?? metadata.Year,
            Kind = Kind ?? metadata.Kind,
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
            Year = fields.Contains(YearField) ? metadata.Year : null,
            Kind = fields.Contains(KindField) ? metadata.Kind : null,
        };
    }

    /// <summary>This edit, with <paramref name="earlier"/>'s fields kept where this one does not set them.</summary>
    public MetadataEdit Over(MetadataEdit earlier) => new()
    {
        Titles = earlier.Titles.Concat(Titles).GroupBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
        Authors = Authors ?? earlier.Authors,
        Year = Year ?? earlier.Year,
        Kind = Kind ?? earlier.Kind,
    };
}
