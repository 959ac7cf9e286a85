using CorpusPortal.Web.Harvesting;

namespace CorpusPortal.Web.OpenData;

/// <summary>
/// The corpus's open interfaces (docs/api.md): the JSON API under <c>/api/</c> and its OpenAPI document at
/// <c>/openapi/v1.json</c>, each document's TEI, and OAI-PMH; readable from any web page (CORS, GET only).
/// </summary>
public static class OpenDataEndpoints
{
    public const string Cors = "open-data";

    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddCors(options => options.AddPolicy(Cors, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD").WithHeaders("If-None-Match").WithExposedHeaders("ETag")));
        services.AddOpenApi(options =>
        {
            // The JSON API, the TEI and OAI-PMH: not the pages, the editor or the operators' addresses.
            options.ShouldInclude = description => description.RelativePath is { } path
                && (path.StartsWith("api/", StringComparison.Ordinal) || path == "oai" || path == "documents/{id}/tei.xml");
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "CorpusPortal";
                document.Info.Description = "A Turkish–English research corpus on Turkey, Azerbaijan and the Caucasus: its documents, search, archival units, cited works and glossary as JSON; each document as TEI P5; its records over OAI-PMH (docs/api.md).";
                return Task.CompletedTask;
            });
        });
        services.AddSingleton<OaiRecords>();
        services.AddSingleton<ResumptionTokens>();
        return services;
    }

    public static WebApplication MapOpenData(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireCors(Cors).WithTags("JSON API");
        DocumentsApi.Map(api);
        SearchApi.Map(api);
        CitationsApi.Map(api);
        GlossaryApi.Map(api);
        StatisticsApi.Map(api);
        TeiDownload.Map(app).RequireCors(Cors).WithTags("TEI");
        OaiEndpoint.Map(app);
        app.MapOpenApi().RequireCors(Cors);
        return app;
    }
}
