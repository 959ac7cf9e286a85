using CorpusPortal.Corpus.Tei;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.OpenData;

/// <summary><c>/documents/{id}/tei.xml</c>: the document as TEI P5 (docs/api.md), with its address in the portal.</summary>
public static class TeiDownload
{
    public const string ContentType = "application/tei+xml; charset=utf-8";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet("/documents/{id}/tei.xml", (string id, CorpusLibrary library, PortalOptions options, HttpContext http) =>
            library.Find(id) is { } document
                ? ConditionalGet.Answer(http, TeiWriter.Write(document, $"{options.BaseUrlFor(http.Request)}/documents/{Uri.EscapeDataString(id)}"), ContentType)
                : Results.NotFound())
            .WithName("GetDocumentTei")
            .WithSummary("One document whole as TEI P5")
            .WithDescription("Record in the teiHeader, sections as divs, notes at their markers, italics, archival and author-year citations, the abstracts' sentence pairs (docs/api.md). Answers with an ETag.")
            .Produces(StatusCodes.Status200OK, contentType: "application/tei+xml")
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status404NotFound)
            .Parameter("id", "The document's id (as in its address)");
}
