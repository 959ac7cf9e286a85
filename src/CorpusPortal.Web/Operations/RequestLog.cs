using System.Diagnostics;

namespace CorpusPortal.Web.Operations;

/// <summary>
/// One structured log entry per request, with its method, path (not its query: what readers search for is theirs),
/// status, time taken, the endpoint that answered and, for the editor's requests, the editor: for an operator's log
/// search (with <c>Logging:Console:FormatterName=json</c> each entry is a JSON line, docs/deploy.md). The framework's
/// own files, the circuits' traffic and the health check are logged at Debug, so they do not drown the rest.
/// </summary>
public static partial class RequestLog
{
    public const string Category = "CorpusPortal.Requests";

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (http, next) =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await next(http);
            }
            finally
            {
                var path = http.Request.Path;
                var quiet = path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_blazor") || path.StartsWithSegments("/healthz")
                    || System.IO.Path.GetExtension(path.Value) is ".css" or ".js" or ".png" or ".svg" or ".ico" or ".woff" or ".woff2" or ".map";
                Answered(logger, quiet ? LogLevel.Debug : LogLevel.Information, http.Request.Method, path.Value ?? "", http.Response.StatusCode,
                    Math.Round(clock.Elapsed.TotalMilliseconds, 1), http.GetEndpoint()?.DisplayName ?? "", http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name ?? "" : "");
            }
        });
    }

    [LoggerMessage(EventId = 1, Message = "{Method} {Path} answered {Status} in {ElapsedMs} ms by {Endpoint} {Editor}")]
    private static partial void Answered(ILogger logger, LogLevel level, string method, string path, int status, double elapsedMs, string endpoint, string editor);
}
