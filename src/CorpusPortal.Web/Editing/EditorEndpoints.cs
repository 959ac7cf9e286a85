using CorpusPortal.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Antiforgery;

namespace CorpusPortal.Web.Editing;

/// <summary>
/// Signing in and out. Both take form posts, which ASP.NET Core checks against the antiforgery token of the form.
/// A failed sign-in is slowed and, repeated, locked (<see cref="SignInThrottle"/>); the message never says
/// whether the name or the password was wrong.
/// </summary>
public static class EditorEndpoints
{
    public static void MapEditing(this WebApplication app)
    {
        app.MapPost("/editor/session", SignIn).WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapPost("/editor/signout", async (HttpContext context) =>
        {
            if (!ValidForm(context))
            {
                return Results.BadRequest("the form's antiforgery token is missing or wrong");
            }
            // A new stamp ends this sign-in and any copy of its cookie, wherever it is.
            if (context.User.Identity?.Name is { } name)
            {
                context.RequestServices.GetRequiredService<EditorAccounts>().Revoke(name);
            }
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/");
        }).RequireAuthorization().WithMetadata(new RequireAntiforgeryTokenAttribute());
    }

    /// <summary>The antiforgery middleware checked the form's token and found it good.</summary>
    private static bool ValidForm(HttpContext context) => context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true };

    private static async Task<IResult> SignIn(EditorAccounts accounts, SignInThrottle throttle, HttpContext context)
    {
        if (!ValidForm(context) || !context.Request.HasFormContentType)
        {
            return Results.BadRequest("the form's antiforgery token is missing or wrong");
        }
        var form = await context.Request.ReadFormAsync();
        string? name = form["name"], password = form["password"], returnUrl = form["returnUrl"];
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 40 || (password ?? "").Length is 0 or > 1000)
        {
            return Results.LocalRedirect("/editor/signin?error=missing");
        }
        var address = context.Connection.RemoteIpAddress?.ToString();
        if (!throttle.TryBegin(name, address))
        {
            return Results.LocalRedirect("/editor/signin?error=locked");
        }
        if (accounts.Check(name, password!) is not { } account)
        {
            await Task.Delay(throttle.Fail(name, address));
            return Results.LocalRedirect(throttle.IsLocked(name, address) ? "/editor/signin?error=locked" : "/editor/signin?error=wrong");
        }
        throttle.Succeed(name, address);
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, EditorSessions.Principal(account, clock.GetUtcNow()));
        return Results.LocalRedirect(Services.LocalAddress.OrFallback(returnUrl, "/editor", requiredPrefix: "/editor"));
    }
}
