using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace CorpusPortal.Web.OpenData;

/// <summary>
/// A document download answered with a strong ETag (a hash of its bytes) and a short cache lifetime: a client that
/// already has the current version gets 304 Not Modified, and a publish is seen within a minute.
/// </summary>
public static class ConditionalGet
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    public static IResult Answer(HttpContext http, byte[] body, string contentType, string? fileName = null)
    {
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexString(SHA256.HashData(body))[..32].ToLowerInvariant()}\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = tag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = MaxAge };
        var asked = http.Request.GetTypedHeaders().IfNoneMatch;
        if (asked.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return fileName is null ? Results.Bytes(body, contentType) : Results.File(body, contentType, fileName);
    }
}
