using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Harvesting;

/// <summary>
/// <c>/oai</c>: the OAI-PMH 2.0 base URL, by GET with the arguments in the query and by POST with them as a form (the
/// protocol allows both). Every answer, errors included, is XML with HTTP 200, as the protocol says.
/// </summary>
public static class OaiEndpoint
{
    public const string Path = "/oai";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http) => Answer(http, http.Request.Query.Select(Argument)))
            .RequireCors(CorpusPortal.Web.OpenData.OpenDataEndpoints.Cors)
            .WithTags("OAI-PMH")
            .WithName("OaiPmh")
            .WithSummary("OAI-PMH 2.0: the six verbs, oai_dc records, sets by kind and language")
            .WithDescription("Arguments as the protocol defines them (verb, identifier, metadataPrefix, from, until, set, resumptionToken); every answer, errors included, is XML with HTTP 200 (docs/api.md).")
            .Produces(StatusCodes.Status200OK, contentType: "text/xml");
        // Harvesters post forms without the portal's antiforgery token: the verbs only read.
        // Typed as a delegate that returns its result: a lambda of HttpContext to Task alone would be taken for a
        // RequestDelegate, and its result dropped.
        Func<HttpContext, Task<IResult>> post = async http => Answer(http, http.Request.HasFormContentType
            ? (await http.Request.ReadFormAsync(http.RequestAborted)).Select(Argument)
            : http.Request.Query.Select(Argument));
        app.MapPost(Path, post).DisableAntiforgery().ExcludeFromDescription();
    }

    private static KeyValuePair<string, IReadOnlyList<string>> Argument(KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> pair) =>
        new(pair.Key, pair.Value.Select(v => v ?? "").ToList());

    private static IResult Answer(HttpContext http, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> arguments)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<PortalOptions>();
        var portalBase = options.BaseUrlFor(http.Request);
        var host = new Uri(portalBase).Host;
        var identity = new OaiIdentity(portalBase + Path, portalBase, "CorpusPortal", AdminEmail(options, host), host);
        var repository = new OaiRepository(services.GetRequiredService<OaiRecords>().Current, services.GetRequiredService<ResumptionTokens>(), identity,
            services.GetRequiredService<TimeProvider>().GetUtcNow());
        return Results.Bytes(repository.Answer(arguments), "text/xml; charset=utf-8");
    }

    /// <summary>The operator's contact when it is an e-mail address (<c>Contact</c>), else the host's webmaster (RFC 2142).</summary>
    private static string AdminEmail(PortalOptions options, string host) =>
        options.ContactHref is { } href && href.StartsWith("mailto:", StringComparison.Ordinal) ? href["mailto:".Length..] : $"webmaster@{host}";
}
