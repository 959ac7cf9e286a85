using System.Globalization;
using System.Security.Claims;
using CorpusPortal.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CorpusPortal.Web.Editing;

/// <summary>
/// Editor sign-ins as cookies that can be ended: each carries the account's security stamp and the time it began.
/// On every request, and every minute in a circuit (<see cref="EditorCircuitAuthentication"/>), the account must still exist with that stamp (a sign-out, a new password or a removal changes
/// it) and the sign-in must be under eight hours old; use does not extend it.
/// </summary>
public static class EditorSessions
{
    public const string CookieName = "corpus-editor";
    public const string StampClaim = "corpus:stamp";
    public const string BeganClaim = "corpus:began";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.LoginPath = "/editor/signin";
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = Lifetime;
        options.SlidingExpiration = false;
        options.Events.OnValidatePrincipal = Validate;
    }

    /// <summary>The identity a successful sign-in puts in the cookie.</summary>
    public static ClaimsPrincipal Principal(EditorAccount account, DateTimeOffset now) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.Name, account.Name),
        new Claim(StampClaim, account.Stamp),
        new Claim(BeganClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
    ], CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>
    /// True while a sign-in holds: its account still exists with the stamp it was given, and it began under
    /// <see cref="Lifetime"/> ago (and not in the future).
    /// </summary>
    public static bool IsCurrent(ClaimsPrincipal? principal, EditorAccounts accounts, DateTimeOffset now)
    {
        var account = principal?.Identity?.Name is { } name ? accounts.Find(name) : null;
        var began = long.TryParse(principal?.FindFirst(BeganClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        return account is not null
            && string.Equals(account.Stamp, principal?.FindFirst(StampClaim)?.Value, StringComparison.Ordinal)
            && began is { } start && now - start < Lifetime && start <= now + TimeSpan.FromMinutes(5);
    }

    private static async Task Validate(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!IsCurrent(context.Principal, services.GetRequiredService<EditorAccounts>(), now))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
