using CorpusPortal.Corpus.Tei;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.OpenData;

/// <summary><c>/documents/{id}/tei.xml</c>: the document as TEI P5 (docs/api.md), with its address in the portal.</summary>
public static class TeiDownload
{
    public const string ContentType = "application/tei+xml; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/documents/{id}/tei.xml", (string id, CorpusLibrary library, PortalOptions options, HttpContext http) =>
            library.Find(id) is { } document
                ? ConditionalGet.Answer(http, TeiWriter.Write(document, $"{options.BaseUrlFor(http.Request)}/documents/{Uri.EscapeDataString(id)}"), ContentType)
                : Results.NotFound());
}
