using CorpusPortal.Model.Citations;

namespace CorpusPortal.Web.Services;

/// <summary>The archival units, warnings and authors of one version of the library (see <see cref="CitationCatalog"/>).</summary>
public sealed class CitationIndexes
{
    public CitationIndexes(IReadOnlyList<CorpusPortal.Model.Documents.Document> documents, long version)
    {
        Version = version;
        var archival = documents.SelectMany(d => d.Citations.OfType<ArchivalCitation>().Select(c => (Document: d.Id, Citation: c)));
        Units = archival
            .GroupBy(a => (a.Citation.Archive, a.Citation.Fonds, a.Citation.Unit))
            .Select(g => new ArchivalUnitEntry(g.Key.Archive, g.Key.Fonds, g.Key.Unit,
                g.Select(a => a.Citation.Date).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                g.Select(a => new CitationPlace(a.Document, a.Citation.Location.Anchor, a.Citation.Raw)).ToList()))
            .OrderBy(u => u.Archive, StringComparer.Ordinal).ThenBy(u => u.Fonds, StringComparer.Ordinal).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .ToList();
        Authors = documents
            .SelectMany(d => d.Citations.SelectMany(c => Cited(d.Id, c)))
            .GroupBy(a => a.Key, StringComparer.Ordinal)
            .Select(g => new AuthorEntry(g.First().Name, g.Key, g.Select(a => (a.Place, a.Year, a.Title)).ToList()))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToList();
    }

    public long Version { get; }

    public IReadOnlyList<ArchivalUnitEntry> Units { get; }

    public IReadOnlyList<AuthorEntry> Authors { get; }

    private static IEnumerable<(string Key, string Name, CitationPlace Place, string? Year, string? Title)> Cited(string document, Citation citation)
    {
        var place = new CitationPlace(document, citation.Location.Anchor, citation.Raw);
        switch (citation)
        {
            case AuthorYearCitation ay:
                foreach (var author in ay.Authors)
                {
                    yield return (CitationCatalog.KeyOf(author), author, place, ay.Year, null);
                }
                break;
            case BibliographicCitation { BackReference: BackReference.None } b:
                foreach (var author in b.Authors)
                {
                    var surname = CitationCatalog.SurnameOf(author);
                    yield return (CitationCatalog.KeyOf(surname), surname, place, b.Year, b.Title);
                }
                break;
        }
    }
}
