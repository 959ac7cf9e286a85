using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Components.Reading;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Citing;

/// <summary>
/// A document, or one paragraph of it, as every citation format sees it: what the corpus knows of it and where it
/// can be read. Nothing unknown is filled in; each format leaves out what is missing.
/// </summary>
public sealed record CitedWork(Document Document, string PortalBase, string? Paragraph = null)
{
    public DocumentMetadata Meta => Document.Metadata;

    public Publication Publication => Meta.Publication;

    public IReadOnlyList<Author> Authors => Meta.Authors;

    /// <summary>The document (or paragraph) in the portal.</summary>
    public string PortalUrl => $"{PortalBase.TrimEnd('/')}/documents/{Document.Id}{(Paragraph is null ? "" : "#" + Paragraph)}";

    /// <summary>The DOI as a link, when there is one.</summary>
    public string? DoiUrl => Publication.Doi is { } doi ? "https://doi.org/" + doi : null;

    /// <summary>
    /// Where a reference sends its reader: the DOI for a document, the portal for a paragraph (a DOI cannot point
    /// into the text), else the original's address, else the portal.
    /// </summary>
    public string Link => Paragraph is not null ? PortalUrl : DoiUrl ?? Publication.Url ?? PortalUrl;

    /// <summary>The address a record for reference managers names: the original's for a document when known, the portal's for a paragraph.</summary>
    public string RecordUrl => Paragraph is null ? Publication.Url ?? PortalUrl : PortalUrl;

    /// <summary>
    /// The title in the document's own language, else any; an untitled document is described in square brackets
    /// with its opening words, in the language of <paramref name="ui"/> (APA's rule for untitled works).
    /// </summary>
    public string Title(UiText ui) => DocumentTitle.Of(Document, ui);

    /// <summary>The title for machine formats, untitled described in the document's own language.</summary>
    public string Title() => DocumentTitle.Of(Document, new UiText(Meta.PrimaryLanguage == "en" ? "en" : "tr"));

    /// <summary>The titles in other languages than the one <see cref="Title()"/> gives.</summary>
    public IEnumerable<(string Language, string Title)> OtherTitles() =>
        Meta.Titles.Where(t => t.Value != Title()).Select(t => (t.Key, t.Value));

    /// <summary>The paragraph's number as printed in the portal (¶ 13), or null.</summary>
    public int? ParagraphNumber => Paragraph is { } p && p.StartsWith("p-", StringComparison.Ordinal)
        && int.TryParse(p.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    public IEnumerable<string> Keywords => Meta.Keywords.SelectMany(k => k.Terms).Distinct(StringComparer.Ordinal);
}
