namespace CorpusPortal.Web.OpenData;

// The shapes of the JSON API's answers, as the OpenAPI document describes them (docs/api.md). The lists, units,
// works and glossary are these records serialized; a document and a search are written by the exporter and the
// search engine (DocumentJson, SearchJson, shared with the command line), and these records describe them: a test
// compares each answer with its description both ways. A property with a default is one that only some items have
// (a table has no text, an archival citation no authors).

/// <summary>A page of the library: <see cref="Total"/> documents match, this page holds <see cref="Documents"/>.</summary>
public sealed record DocumentPage(int Total, int Page, int PageSize, IReadOnlyList<DocumentListItem> Documents);

/// <summary>A document as a list shows it: what a reader recognises it by, and where to read or fetch it.</summary>
public sealed record DocumentListItem(
    string Id,
    string Kind,
    IReadOnlyList<string> Languages,
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyList<string> Authors,
    int? Year,
    string? Container,
    string? Doi,
    DocumentLinks Links);

/// <summary>Where a document is: its reading page, its JSON and its TEI.</summary>
public sealed record DocumentLinks(string Page, string Json, string Tei);

/// <summary>An archival unit (archive, fonds, unit) and every place the corpus cites it.</summary>
public sealed record ArchivalUnitItem(string Archive, string Fonds, string Unit, string Key, IReadOnlyList<string> Dates, IReadOnlyList<CitedAt> Citations);

/// <summary>A place a citation stands: the document, the paragraph or note, the words as printed, and its address.</summary>
public sealed record CitedAt(string Document, string Anchor, string Raw, string Page);

/// <summary>An author cited in the corpus (author-year citations and works in notes), with each citation.</summary>
public sealed record CitedAuthorItem(string Name, string Key, IReadOnlyList<CitedWorkPlace> Citations);

/// <summary>One citation of an author: where, the year and title cited (when the note gives them).</summary>
public sealed record CitedWorkPlace(string Document, string Anchor, string Raw, string? Year, string? Title, string Page);

/// <summary>A glossary entry: expressions that name the same thing, each with its language.</summary>
public sealed record GlossaryItem(IReadOnlyList<GlossaryExpressionItem> Expressions);

public sealed record GlossaryExpressionItem(string Language, string Text);

/// <summary>A list that is not paged (archive units, authors, glossary): how many, and the items.</summary>
public sealed record ItemList<T>(int Total, IReadOnlyList<T> Items);

/// <summary>A document as <c>corpus export --format json</c> writes it (docs/cli.md).</summary>
public sealed record DocumentExportShape(
    string Id,
    string Source,
    string Kind,
    IReadOnlyList<string> Languages,
    IReadOnlyDictionary<string, string> Title,
    CountsShape Counts,
    IReadOnlyList<WarningShape> Warnings,
    string PrimaryLanguage,
    IReadOnlyList<AuthorShape> Authors,
    int? Year,
    PublicationShape Publication,
    IReadOnlyList<string> EditorialFields,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords,
    IReadOnlyList<AbstractShape> Abstracts,
    IReadOnlyList<SectionShape> Sections,
    IReadOnlyList<BlockShape> Tables,
    IReadOnlyList<FootnoteShape> Footnotes,
    IReadOnlyList<CitationShape> Citations,
    IReadOnlyList<AlignmentShape> Alignments);

/// <summary>Where and when the original was published; each field null when unknown (dates as 2021, 2021-06 or 2021-06-30).</summary>
public sealed record PublicationShape(string? Container, string? Publisher, string? Volume, string? Issue, string? Pages, string? Doi, string? Url, string? Published, string? Received, string? Accepted, string? Licence);

/// <summary>
/// A refusal (RFC 9457): what was wrong in <c>detail</c>, the parameter it concerns; for a query that does not read,
/// the query, the error and the query's notices.
/// </summary>
public sealed record ProblemShape(
    string Type,
    string Title,
    int Status,
    string Detail,
    string? Parameter = null,
    string? Query = null,
    string? Error = null,
    IReadOnlyList<string>? Notices = null,
    string? TraceId = null);

public sealed record CountsShape(int Sections, int Paragraphs, int Tables, int Footnotes, int ArchivalCitations, int AuthorYearCitations);

public sealed record WarningShape(string Code, string Severity, string Message, int? Line);

public sealed record AuthorShape(string Family, string? Given, string? Affiliation, string? Orcid);

public sealed record AbstractShape(string Anchor, string Language, bool Extended, string? Title, string? Counterpart);

public sealed record SectionShape(string Anchor, string Kind, string? Number, string? Title, int Level, string Language, string? Source, IReadOnlyList<BlockShape> Blocks);

/// <summary>A paragraph or list item (<c>type</c> paragraph, listItem: text, markers, italics) or a table (<c>type</c> table: number, caption, rows, sourceNote).</summary>
public sealed record BlockShape(
    string Type,
    string Anchor,
    string Source,
    string? Language = null,
    string? Text = null,
    IReadOnlyList<MarkerShape>? Markers = null,
    IReadOnlyList<ItalicShape>? Italics = null,
    string? Number = null,
    string? Caption = null,
    IReadOnlyList<IReadOnlyList<string>>? Rows = null,
    string? SourceNote = null);

public sealed record MarkerShape(int Number, int Offset);

public sealed record ItalicShape(int Offset, int Length);

public sealed record FootnoteShape(int Number, string Anchor, string Text, IReadOnlyList<ItalicShape> Italics, string? MarkerIn, int? RefersTo, string Source);

/// <summary>A citation: <c>type</c> archival (archive, fonds, unit, folio, key, date), authorYear (authors, year, page) or bibliographic (footnote, authors, title, year, pages, backReference, refersTo).</summary>
public sealed record CitationShape(
    string Type,
    string Raw,
    string In,
    string Source,
    string? Archive = null,
    string? Fonds = null,
    string? Unit = null,
    string? Folio = null,
    string? Key = null,
    string? Date = null,
    IReadOnlyList<string>? Authors = null,
    string? Year = null,
    string? Page = null,
    int? Footnote = null,
    string? Title = null,
    string? Pages = null,
    string? BackReference = null,
    int? RefersTo = null);

public sealed record AlignmentShape(string Left, string Right, IReadOnlyList<AlignedPairShape> Pairs);

public sealed record AlignedPairShape(IReadOnlyList<RangeShape> Left, IReadOnlyList<RangeShape> Right);

public sealed record RangeShape(string Paragraph, int Start, int End);

/// <summary>A search's answer (<c>corpus search --json</c>, docs/search-syntax.md).</summary>
public sealed record SearchShape(string Query, int Total, int Skip, int Top, IReadOnlyList<HitShape> Hits, FacetsShape Facets, IReadOnlyList<string> Notices);

public sealed record HitShape(
    string Doc,
    string Title,
    IReadOnlyList<string> Authors,
    string Anchor,
    string Language,
    string Section,
    string SectionAnchor,
    string SectionTitle,
    int? Year,
    double Score,
    string Snippet,
    string Text,
    IReadOnlyList<MatchShape> Matches,
    IReadOnlyList<KwicShape> Kwic);

public sealed record MatchShape(int Start, int Length);

public sealed record KwicShape(string Left, string Match, string Right);

/// <summary>Counts of matching passages by document id, language, kind of section and year.</summary>
public sealed record FacetsShape(
    IReadOnlyDictionary<string, int> Documents,
    IReadOnlyDictionary<string, int> Languages,
    IReadOnlyDictionary<string, int> Sections,
    IReadOnlyDictionary<string, int> Years);
