using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.OpenData;

/// <summary>
/// <c>/api/archive</c>: the archival units the corpus cites, each with every citation of it; <c>/api/works</c>: the
/// authors it cites (author-year citations and works in notes). The indexes of the archive and works pages.
/// </summary>
public static class CitationsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/archive", Units)
            .WithName("ListArchivalUnits")
            .WithSummary("The archival units the corpus cites (archive, fonds, unit), with each citation")
            .Produces<ItemList<ArchivalUnitItem>>(StatusCodes.Status200OK, "application/json")
            .Parameter("archive", "Only the units of this archive, by its abbreviation (BCA, BOA, TDA …)");
        api.MapGet("/works", Works)
            .WithName("ListCitedAuthors")
            .WithSummary("The authors the corpus cites, with each citation and the year and title cited")
            .Produces<ItemList<CitedAuthorItem>>(StatusCodes.Status200OK, "application/json");
    }

    private static IResult Units(string? archive, CorpusLibrary library, PortalOptions options, HttpContext http)
    {
        var baseUrl = options.BaseUrlFor(http.Request);
        var units = library.Citations.Units
            .Where(u => string.IsNullOrEmpty(archive) || string.Equals(u.Archive, archive, StringComparison.Ordinal))
            .Select(u => new ArchivalUnitItem(u.Archive, u.Fonds, u.Unit, u.Fonds.Length > 0 ? $"{u.Archive} {u.Fonds}/{u.Unit}" : $"{u.Archive} {u.Unit}", u.Dates,
                [.. u.Places.Select(p => new CitedAt(p.Document, p.Anchor, p.Raw, Page(baseUrl, p.Document, p.Anchor)))]))
            .ToList();
        return Results.Ok(new ItemList<ArchivalUnitItem>(units.Count, units));
    }

    private static IResult Works(CorpusLibrary library, PortalOptions options, HttpContext http)
    {
        var baseUrl = options.BaseUrlFor(http.Request);
        var authors = library.Citations.Authors
            .Select(a => new CitedAuthorItem(a.Name, a.Key, [.. a.Places.Select(p => new CitedWorkPlace(p.Place.Document, p.Place.Anchor, p.Place.Raw, p.Year, p.Title, Page(baseUrl, p.Place.Document, p.Place.Anchor)))]))
            .ToList();
        return Results.Ok(new ItemList<CitedAuthorItem>(authors.Count, authors));
    }

    private static string Page(string baseUrl, string document, string anchor) => $"{baseUrl}/documents/{Uri.EscapeDataString(document)}#{Uri.EscapeDataString(anchor)}";
}
