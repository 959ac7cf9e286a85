using CorpusPortal.Web.Localization;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Concordance;

/// <summary><c>/concordance.csv?q=…&amp;sort=…</c>: every line of a query's concordance, in the order the page shows them.</summary>
public static class ConcordanceDownload
{
    /// <summary><c>/concordance.csv</c>: a query's concordance as CSV.</summary>
    public static IEndpointRouteBuilder MapConcordanceDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/concordance.csv", (string? q, string? sort, SearchService search, CorpusLibrary library, PortalOptions options, HttpContext http) =>
            Answer(q, sort, search, library, options.BaseUrlFor(http.Request), UiText.From(http)));
        return app;
    }

    public static IResult Answer(string? query, string? sort, SearchService search, CorpusLibrary library, string portalBase, UiText ui)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return Results.BadRequest(ui.T("ConcordanceDownload.TheQueryIsEmptyGive"));
        }
        var result = search.SearchMany(query, ConcordanceLines.MaxPassages);
        if (result.Error is { } error)
        {
            return Results.BadRequest(CorpusPortal.Web.Components.Search.QueryNotes.Say(ui, error));
        }
        var lines = ConcordanceLines.Of(result, library, ui).Sorted(ConcordanceSorts.Parse(sort));
        var name = "concordance-" + string.Concat(query.Where(char.IsLetterOrDigit).Take(40)) + ".csv";
        return Results.File(ConcordanceCsv.Write(lines, portalBase), "text/csv; charset=utf-8", name);
    }
}
