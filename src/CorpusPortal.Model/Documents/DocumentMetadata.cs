using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Sources;

namespace CorpusPortal.Model.Documents;

/// <summary>
/// What a researcher cites a document by. <see cref="EditorialFields"/> names the fields an editor supplied
/// rather than the importer finding them in the source (for example "title.tr", "authors", "published").
/// </summary>
public sealed record DocumentMetadata
{
    public required string Id { get; init; }

    public required DocumentKind Kind { get; init; }

    public required string PrimaryLanguage { get; init; }

    /// <summary>The raw file the document was imported from (a file name inside corpus/raw).</summary>
    public required string SourceFile { get; init; }

    /// <summary>Titles keyed by language code.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    /// <summary>Where each title was found in the source, keyed by language.</summary>
    public IReadOnlyDictionary<string, SourceSpan> TitleSpans { get; init; } = new Dictionary<string, SourceSpan>();

    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>Where and when it was published; each field null when unknown.</summary>
    public Publication Publication { get; init; } = Publication.Unknown;

    /// <summary>The year of publication, when known.</summary>
    public int? Year => Publication.Published?.Year;

    public IReadOnlyList<KeywordList> Keywords { get; init; } = [];

    public IReadOnlySet<string> EditorialFields { get; init; } = new SortedSet<string>(StringComparer.Ordinal);

    public KeywordList? KeywordsIn(string language) =>
        Keywords.FirstOrDefault(k => string.Equals(k.Language, language, StringComparison.Ordinal));
}
