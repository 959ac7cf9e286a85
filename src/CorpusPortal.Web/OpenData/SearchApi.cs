using CorpusPortal.Search.Results;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.OpenData;

/// <summary>
/// <c>/api/search</c>: passages for a query of the search language (docs/search-syntax.md), ranked, with snippets,
/// KWIC lines and facets; a query that does not read is a problem that says why, with the query's notices.
/// </summary>
public static class SearchApi
{
    private static readonly string[] Languages = ["tr", "en", "az", "ru"];

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Passages for a query, ranked, with snippets, KWIC lines and facets")
            .WithDescription("The query language of docs/search-syntax.md. Several words without operators rank passages with all of them first.")
            .Produces<SearchShape>(StatusCodes.Status200OK, "application/json")
            .Produces<ProblemShape>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Parameter("q", "The query")
            .Parameter("top", "Hits a page", integer: (1, 100, 10))
            .Parameter("skip", "Hits to skip (the page's start)", integer: (0, 10_000, 0))
            .Parameter("lang", "Only passages in this language", enumeration: Languages);

    private static IResult Search(string? q, string? top, string? skip, string? lang, SearchService search)
    {
        var (count, topProblem) = ApiParameters.Number("top", top, 10, 1, 100);
        var (start, skipProblem) = ApiParameters.Number("skip", skip, 0, 0, 10_000);
        var (language, languageProblem) = ApiParameters.OneOf("lang", lang, Languages);
        if ((topProblem ?? skipProblem ?? languageProblem) is { } problem)
        {
            return problem;
        }
        var result = search.Search(q, count, start, language);
        return result.Error is null
            ? Results.Bytes(SearchJson.Utf8(result), "application/json; charset=utf-8")
            : Results.Problem(
                title: "The query does not read",
                detail: result.Error.Text,
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?>
                {
                    ["parameter"] = "q",
                    ["query"] = result.Query,
                    ["error"] = result.Error.Text,
                    ["notices"] = result.Notices.Select(n => n.Text).ToList(),
                });
    }
}
