using System.Text.Json.Nodes;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Operations;

/// <summary>
/// <c>/healthz</c>, for a service manager or a load balancer: the search index open and current, the corpus folder
/// readable, the data folder writable. 200 when all three hold, 503 when one does not, with what each check found.
/// </summary>
public static class Health
{
    /// <summary><c>/healthz</c>, for monitoring (docs/deploy.md).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (SearchService search, CorpusLibrary library, PortalOptions options, HttpContext http) => Answer(search, library, options, http));
        return app;
    }

    public static IResult Answer(SearchService search, CorpusLibrary library, PortalOptions options, HttpContext http)
    {
        var checks = new (string Name, (bool Healthy, string Detail) Result)[]
        {
            ("index", search.Health()),
            ("corpus", Corpus(library)),
            ("data", Writable(options.DataFolder)),
        };
        var healthy = checks.All(c => c.Result.Healthy);
        var body = new JsonObject
        {
            ["status"] = healthy ? "healthy" : "unhealthy",
            ["checks"] = new JsonObject(checks.Select(c => KeyValuePair.Create(c.Name, (JsonNode?)new JsonObject
            {
                ["healthy"] = c.Result.Healthy,
                ["detail"] = c.Result.Detail,
            }))),
        };
        http.Response.Headers.CacheControl = "no-store";
        return Results.Text(body.ToJsonString(), "application/json; charset=utf-8", statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static (bool, string) Corpus(CorpusLibrary library)
    {
        try
        {
            var files = library.Folder.Ids().Count();
            var problems = library.Problems.Count;
            return (true, problems == 0 ? $"{files} documents" : $"{files} documents, {problems} that do not read (left out)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (false, "the corpus folder cannot be read: " + e.Message);
        }
    }

    /// <summary>Writes, reads back and deletes a small file in the data folder.</summary>
    private static (bool, string) Writable(string folder)
    {
        var probe = Path.Combine(folder, $".healthz-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(probe, "ok");
            var read = File.ReadAllText(probe);
            return read == "ok" ? (true, "writable") : (false, "a file written in the data folder read back differently");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (false, "the data folder is not writable: " + e.Message);
        }
        finally
        {
            try
            {
                File.Delete(probe);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing was written, or it will be cleaned with the folder: the answer above already says so.
            }
        }
    }
}
