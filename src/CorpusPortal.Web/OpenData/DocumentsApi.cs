using CorpusPortal.Corpus.Json;
using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.OpenData;

/// <summary>
/// <c>/api/documents</c>: the library, filtered by kind, language and years and paged; <c>/api/documents/{id}</c>: one
/// document whole, as the command line exports it, with an ETag.
/// </summary>
public static class DocumentsApi
{
    public const int MaxPageSize = 100;

    private static readonly string[] Languages = ["tr", "en", "az", "ru"];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents", List)
            .WithName("ListDocuments")
            .WithSummary("The documents of the corpus, filtered and paged")
            .WithDescription("In id order. Filters combine: a document must match each one given.")
            .Produces<DocumentPage>(StatusCodes.Status200OK, "application/json")
            .Produces<ProblemShape>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Parameter("kind", "The kind of document", enumeration: [.. KindNames.All])
            .Parameter("language", "A language the document has text in", enumeration: Languages)
            .Parameter("yearFrom", "Published in this year or later", integer: (1, 9999, null))
            .Parameter("yearTo", "Published in this year or earlier", integer: (1, 9999, null))
            .Parameter("page", "The page, from 1", integer: (1, 100_000, 1))
            .Parameter("pageSize", "Documents a page", integer: (1, MaxPageSize, 20));
        api.MapGet("/documents/{id}", One)
            .WithName("GetDocument")
            .WithSummary("One document whole: record, sections, paragraphs, tables, notes, citations, alignments")
            .WithDescription("The JSON of `corpus export <id> --format json` (docs/cli.md). Answers with an ETag: send it back as If-None-Match to get 304 when nothing changed.")
            .Produces<DocumentExportShape>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .Produces<ProblemShape>(StatusCodes.Status404NotFound, "application/problem+json")
            .Parameter("id", "The document's id (as in its address)");
    }

    private static IResult List(string? kind, string? language, string? yearFrom, string? yearTo, string? page, string? pageSize, CorpusLibrary library, PortalOptions options, HttpContext http)
    {
        var (kindName, kindProblem) = ApiParameters.OneOf("kind", kind, [.. KindNames.All]);
        var (languageCode, languageProblem) = ApiParameters.OneOf("language", language, Languages);
        var (from, fromProblem) = ApiParameters.Number("yearFrom", yearFrom, 1, 1, 9999);
        var (to, toProblem) = ApiParameters.Number("yearTo", yearTo, 9999, 1, 9999);
        var (number, pageProblem) = ApiParameters.Number("page", page, 1, 1, 100_000);
        var (size, sizeProblem) = ApiParameters.Number("pageSize", pageSize, 20, 1, MaxPageSize);
        if ((kindProblem ?? languageProblem ?? fromProblem ?? toProblem ?? pageProblem ?? sizeProblem) is { } problem)
        {
            return problem;
        }
        var filtered = yearFrom is not null || yearTo is not null;
        var matching = library.Documents
            .Where(d => kindName is null || KindNames.Name(d.Metadata.Kind) == kindName)
            .Where(d => languageCode is null || d.Languages.Contains(languageCode))
            .Where(d => !filtered || (d.Metadata.Year is { } year && year >= from && year <= to))
            .ToList();
        var baseUrl = options.BaseUrlFor(http.Request);
        var items = matching.Skip((number - 1) * size).Take(size).Select(d => Item(d, baseUrl)).ToList();
        return Results.Ok(new DocumentPage(matching.Count, number, size, items));
    }

    private static DocumentListItem Item(Document document, string baseUrl)
    {
        var meta = document.Metadata;
        var id = Uri.EscapeDataString(document.Id);
        return new DocumentListItem(document.Id, KindNames.Name(meta.Kind), [.. document.Languages.Where(l => l != CorpusPortal.Model.Documents.Languages.Unknown)],
            meta.Titles.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Value),
            [.. meta.Authors.Select(a => a.Name)], meta.Year, meta.Publication.Container, meta.Publication.Doi,
            new DocumentLinks($"{baseUrl}/documents/{id}", $"{baseUrl}/api/documents/{id}", $"{baseUrl}/documents/{id}/tei.xml"));
    }

    private static IResult One(string id, CorpusLibrary library, HttpContext http) =>
        library.Find(id) is { } document
            ? ConditionalGet.Answer(http, System.Text.Encoding.UTF8.GetBytes(DocumentJson.Write(DocumentJson.Export(document))), "application/json; charset=utf-8")
            : ApiProblems.NotFound($"there is no document '{id}'");
}
