using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CorpusPortal.Web.Operations;

/// <summary>
/// How often one client (one IP address; behind a proxy, the address the forwarded headers give) may call what
/// costs the portal most: the JSON API, the query pages (search, concordance, statistics) and sign-in. Each is a
/// token bucket: a burst, then a steady rate. A client over its limit gets 429 with <c>Retry-After</c> (seconds),
/// and the API's callers a problem description. Configuration (<c>RateLimits:Api:Burst</c>,
/// <c>RateLimits:Api:PerSecond</c>, the same for <c>Pages</c> and <c>SignIn</c>, and <c>RateLimits:Enabled</c>) in
/// docs/deploy.md.
/// </summary>
public static class RateLimits
{
    /// <summary>A bucket: <see cref="Burst"/> requests at once, then <see cref="PerMinute"/> a minute.</summary>
    public sealed record Limit(int Burst, int PerMinute);

    public static readonly Limit ApiDefault = new(60, 1200);

    public static readonly Limit PagesDefault = new(30, 300);

    public static readonly Limit SignInDefault = new(10, 10);

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue("RateLimits:Enabled", true))
        {
            return services;
        }
        var api = Read(configuration, "Api", ApiDefault);
        var pages = Read(configuration, "Pages", PagesDefault);
        var signIn = Read(configuration, "SignIn", SignInDefault);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = Reject;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => KindOf(http.Request) switch
            {
                "api" => Bucket("api:" + Client(http), api),
                "pages" => Bucket("pages:" + Client(http), pages),
                "sign-in" => Bucket("sign-in:" + Client(http), signIn),
                _ => RateLimitPartition.GetNoLimiter("free"),
            });
        });
    }

    /// <summary>Turns the limits on (nothing when they are off in configuration).</summary>
    public static IApplicationBuilder UseRateLimits(this WebApplication app) =>
        app.Services.GetService<Microsoft.Extensions.Options.IOptions<RateLimiterOptions>>()?.Value.GlobalLimiter is null ? app : app.UseRateLimiter();

    /// <summary>Which bucket a request draws on: the API, a query page, sign-in, or none.</summary>
    public static string? KindOf(HttpRequest request)
    {
        var path = request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/oai"))
        {
            return "api";
        }
        if (HttpMethods.IsGet(request.Method) && request.QueryString.HasValue
            && (path.StartsWithSegments("/search") || path.StartsWithSegments("/concordance") || path.StartsWithSegments("/concordance.csv") || path.StartsWithSegments("/statistics")))
        {
            return "pages";
        }
        return HttpMethods.IsPost(request.Method) && path.StartsWithSegments("/editor/session") ? "sign-in" : null;
    }

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> Bucket(string key, Limit limit) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.Burst,
            TokensPerPeriod = Math.Max(1, limit.PerMinute / 60),
            ReplenishmentPeriod = limit.PerMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(60.0 / Math.Max(1, limit.PerMinute)),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static Limit Read(IConfiguration configuration, string name, Limit fallback)
    {
        var burst = configuration.GetValue($"RateLimits:{name}:Burst", fallback.Burst);
        var perMinute = configuration.GetValue($"RateLimits:{name}:PerMinute", fallback.PerMinute);
        return burst >= 1 && perMinute >= 1
            ? new Limit(burst, perMinute)
            : throw new InvalidOperationException($"RateLimits:{name} must allow at least one request (Burst {burst}, PerMinute {perMinute})");
    }

    private static async ValueTask Reject(OnRejectedContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromSeconds(1);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (KindOf(http.Request) == "api" && http.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(title: "Too many requests", statusCode: StatusCodes.Status429TooManyRequests,
                detail: $"this client has made more requests than the portal answers at once; try again in {http.Response.Headers.RetryAfter} s").ExecuteAsync(http);
            return;
        }
        var english = Localization.UiText.From(http).IsEnglish;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(english
            ? $"Too many requests from this address: try again in {http.Response.Headers.RetryAfter} seconds."
            : $"Bu adresten çok fazla istek geldi: {http.Response.Headers.RetryAfter} saniye sonra yeniden deneyin.", cancellation);
    }
}
