using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace CorpusPortal.Web.Harvesting;

/// <summary>Where a list request stopped: what was asked, the last id given, how many records came before, how many match.</summary>
public sealed record ListPosition(string Verb, string MetadataPrefix, string? Set, string? From, string? Until, string After, int Cursor, int CompleteListSize);

/// <summary>
/// Resumption tokens: a <see cref="ListPosition"/> with its expiry, signed and encrypted with the portal's data
/// protection keys (a token changed by hand, or made by anyone else, does not read) and valid for
/// <see cref="Lifetime"/>. The position is an id, not an offset, so a harvest resumed after a publish neither skips
/// nor repeats the records that were there all along.
/// </summary>
public sealed class ResumptionTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly IDataProtector _protector = protection.CreateProtector("CorpusPortal.Harvesting.ResumptionToken.v1");

    private sealed record Sealed(ListPosition Position, long ExpiresUnixSeconds);

    public (string Token, DateTimeOffset Expires) Issue(ListPosition position)
    {
        var expires = OaiDates.ToSecond(clock.GetUtcNow() + Lifetime);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new Sealed(position, expires.ToUnixTimeSeconds()));
        return (WebEncoders.Base64UrlEncode(_protector.Protect(bytes)), expires);
    }

    /// <summary>The position a token holds, or why it does not hold one (not ours, changed, or expired).</summary>
    public (ListPosition? Position, string? Problem) Read(string token)
    {
        Sealed? opened;
        try
        {
            opened = JsonSerializer.Deserialize<Sealed>(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return (null, "the resumption token is not one this repository gave, or it was changed");
        }
        if (opened?.Position is null)
        {
            return (null, "the resumption token is not one this repository gave, or it was changed");
        }
        return DateTimeOffset.FromUnixTimeSeconds(opened.ExpiresUnixSeconds) < clock.GetUtcNow()
            ? (null, "the resumption token has expired: start the list again")
            : (opened.Position, null);
    }
}
