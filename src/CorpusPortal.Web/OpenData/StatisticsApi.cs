using CorpusPortal.Search.Statistics;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.OpenData;

/// <summary>
/// <c>/api/statistics/…</c>: frequency lists, keywords of a document and collocations of a word (docs/statistics.md),
/// as JSON or, with <c>format=csv</c>, as a CSV file for a spreadsheet.
/// </summary>
public static class StatisticsApi
{
    private static readonly string[] Languages = ["tr", "en", "az", "ru"];

    private static readonly string[] Counts = ["form", "stem"];

    private static readonly string[] Formats = ["json", "csv"];

    public static void Map(RouteGroupBuilder api)
    {
        Scoped(api.MapGet("/statistics/frequencies", Frequencies)
            .WithName("Frequencies")
            .WithSummary("A frequency list of word forms or stems, with frequency per 10,000 words and the documents each occurs in")
            .Produces<FrequencyTable>(StatusCodes.Status200OK, "application/json"), top: 100, minFrequency: 1);
        Common(api.MapGet("/statistics/keywords", Keywords)
            .WithName("Keywords")
            .WithSummary("The keywords of a document against the rest of the corpus: log-likelihood and log ratio")
            .Produces<KeywordTable>(StatusCodes.Status200OK, "application/json")
            .Parameter("document", "The document whose keywords are wanted (required)")
            .Parameter("language", "Compare the document's text in this language with the rest of the corpus in it", enumeration: Languages), top: 100, minFrequency: 2);
        Scoped(api.MapGet("/statistics/collocations", Collocations)
            .WithName("Collocations")
            .WithSummary("The collocates of a word (or of every form of its stem) within a window: log-Dice and mutual information")
            .Produces<CollocationTable>(StatusCodes.Status200OK, "application/json")
            .Parameter("word", "The word whose collocates are wanted (required)")
            .Parameter("window", "Words on each side", integer: (1, 10, 5)), top: 50, minFrequency: 2);
    }

    private static RouteHandlerBuilder Scoped(RouteHandlerBuilder endpoint, int top, int minFrequency) =>
        Common(endpoint
            .Parameter("document", "Only this document's passages")
            .Parameter("language", "Only passages in this language", enumeration: Languages)
            .Parameter("q", "Only the passages this query of the search language finds"), top, minFrequency);

    private static RouteHandlerBuilder Common(RouteHandlerBuilder endpoint, int top, int minFrequency) => endpoint
        .CsvToo()
        .Produces<ProblemShape>(StatusCodes.Status400BadRequest, "application/problem+json")
        .Produces<ProblemShape>(StatusCodes.Status404NotFound, "application/problem+json")
        .Parameter("by", "Count word forms (as printed, lowercased) or stems", enumeration: Counts)
        .Parameter("top", "Rows at most", integer: (1, 10_000, top))
        .Parameter("minFrequency", "Leave out words counted fewer times", integer: (1, 1_000_000, minFrequency))
        .Parameter("format", "json, or csv for a spreadsheet", enumeration: Formats);

    /// <summary>The parameters every statistic takes, read and checked.</summary>
    private sealed record Request(CountBy By, int Top, int MinFrequency, bool Csv, string? Language);

    private static (Request? Request, IResult? Problem) Read(string? by, string? top, string? minFrequency, string? format, string? language, int defaultTop, int defaultMin)
    {
        var (count, countProblem) = ApiParameters.OneOf("by", by, Counts);
        var (rows, topProblem) = ApiParameters.Number("top", top, defaultTop, 1, 10_000);
        var (min, minProblem) = ApiParameters.Number("minFrequency", minFrequency, defaultMin, 1, 1_000_000);
        var (kind, formatProblem) = ApiParameters.OneOf("format", format, Formats);
        var (code, languageProblem) = ApiParameters.OneOf("language", language, Languages);
        return (countProblem ?? topProblem ?? minProblem ?? formatProblem ?? languageProblem) is { } problem
            ? (null, problem)
            : (new Request(count == "stem" ? CountBy.Stem : CountBy.Form, rows, min, kind == "csv", code), null);
    }

    private static IResult? UnknownDocument(string? document, CorpusLibrary library) =>
        document is not null && library.Find(document) is null ? ApiProblems.NotFound($"there is no document '{document}'") : null;

    private static IResult Frequencies(string? by, string? document, string? language, string? q, string? top, string? minFrequency, string? format, SearchService search, CorpusLibrary library)
    {
        var (request, problem) = Read(by, top, minFrequency, format, language, 100, 1);
        if ((problem ?? UnknownDocument(document, library)) is { } refused)
        {
            return refused;
        }
        var result = search.Statistics.Frequencies(new StatisticsScope(document, request!.Language, q), request.By, request.Top, request.MinFrequency);
        if (result.Table is not { } table)
        {
            return QueryProblem(q, result.Error!);
        }
        return request.Csv ? Csv("frequencies", StatisticsCsv.Write(table, request.By)) : Results.Ok(table);
    }

    private static IResult Keywords(string? document, string? by, string? language, string? top, string? minFrequency, string? format, SearchService search, CorpusLibrary library)
    {
        var (request, problem) = Read(by, top, minFrequency, format, language, 100, 2);
        if ((problem ?? (string.IsNullOrEmpty(document) ? ApiProblems.BadParameter("document", document, "the id of a document") : UnknownDocument(document, library))) is { } refused)
        {
            return refused;
        }
        var result = search.Statistics.Keywords(document!, request!.By, request.Language, request.Top, request.MinFrequency);
        if (result.Table is not { } table)
        {
            return ApiProblems.NotFound(result.Error!);
        }
        return request.Csv ? Csv("keywords", StatisticsCsv.Write(table, request.By)) : Results.Ok(table);
    }

    private static IResult Collocations(string? word, string? window, string? by, string? document, string? language, string? q, string? top, string? minFrequency, string? format, SearchService search, CorpusLibrary library)
    {
        var (request, problem) = Read(by, top, minFrequency, format, language, 50, 2);
        var (span, windowProblem) = ApiParameters.Number("window", window, 5, 1, 10);
        if ((problem ?? windowProblem ?? (string.IsNullOrWhiteSpace(word) ? ApiProblems.BadParameter("word", word, "a word") : UnknownDocument(document, library))) is { } refused)
        {
            return refused;
        }
        var result = search.Statistics.Collocations(word!, new StatisticsScope(document, request!.Language, q), request.By, span, request.Top, request.MinFrequency);
        if (result.Table is not { } table)
        {
            return QueryProblem(q, result.Error!);
        }
        return request.Csv ? Csv("collocations", StatisticsCsv.Write(table)) : Results.Ok(table);
    }

    private static IResult QueryProblem(string? query, string error) =>
        Results.Problem(title: "The query does not read", detail: error, statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = "q", ["query"] = query, ["error"] = error });

    private static IResult Csv(string name, byte[] file) => Results.File(file, CorpusPortal.Corpus.Csv.CsvFile.ContentType, name + ".csv");
}
