using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Components.Reading;

/// <summary>
/// What a document's paragraphs carry besides their text, worked out once per page: the footnote texts (shown where
/// a marker is hovered or tapped) and the citations that link to the archive and works indexes, by paragraph. The
/// reading view and the parallel view both show them.
/// </summary>
public sealed class ParagraphExtras
{
    private readonly ILookup<string, (int Start, int Length, string Href)> _links;

    public ParagraphExtras(Document document)
    {
        Notes = document.Footnotes.GroupBy(f => f.Number).ToDictionary(g => g.Key, g => g.First().Text);
        _links = document.Citations.Where(c => c is not BibliographicCitation)
            .Select(c => (c.Location, Href: CitationLinks.Href(c)))
            .Where(l => l.Href is not null)
            .ToLookup(l => l.Location.Anchor, l => (l.Location.Offset, l.Location.Length, l.Href!), StringComparer.Ordinal);
    }

    /// <summary>Footnote texts by number.</summary>
    public IReadOnlyDictionary<int, string> Notes { get; }

    /// <summary>Markers already given an id on the page (a note cited twice links back to its first marker).</summary>
    public HashSet<int> SeenMarkers { get; } = [];

    /// <summary>The citations to link in a paragraph (start, length, address).</summary>
    public IReadOnlyList<(int Start, int Length, string Href)> LinksIn(string anchor) => _links[anchor].ToList();
}
