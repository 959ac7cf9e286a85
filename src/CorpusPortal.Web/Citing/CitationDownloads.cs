using System.Text;
using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Citing;

/// <summary><c>/documents/{id}/cite.{bib|ris|json}</c>: a document's (or a paragraph's) reference as a file for a reference manager.</summary>
public static class CitationDownloads
{
    /// <summary><c>/documents/{id}/cite.{format}</c>: a document's or a paragraph's citation as a file.</summary>
    public static IEndpointRouteBuilder MapCitationDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/documents/{id}/cite.{format}", (string id, string format, string? p, CorpusLibrary library, PortalOptions options, HttpContext http) =>
            Answer(library.Find(id), format, p, options.BaseUrlFor(http.Request)));
        return app;
    }

    public static IResult Answer(Document? document, string format, string? paragraph, string portalBase)
    {
        if (document is null || format is not ("bib" or "ris" or "json"))
        {
            return Results.NotFound();
        }
        var cited = paragraph is not null && document.Paragraphs.Any(x => x.Anchor == paragraph) ? paragraph : null;
        var work = new CitedWork(document, portalBase, cited);
        var name = document.Id + (cited is null ? "" : "-" + cited);
        return format switch
        {
            "bib" => Results.File(Encoding.UTF8.GetBytes(BibTex.Entry(work)), "application/x-bibtex; charset=utf-8", name + ".bib"),
            "ris" => Results.File(Encoding.UTF8.GetBytes(Ris.Record(work)), "application/x-research-info-systems; charset=utf-8", name + ".ris"),
            _ => Results.File(Encoding.UTF8.GetBytes(CslJson.Items(work).ToJsonString(Json)), "application/vnd.citationstyles.csl+json; charset=utf-8", name + ".json"),
        };
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
