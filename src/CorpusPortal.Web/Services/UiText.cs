namespace CorpusPortal.Web.Services;

/// <summary>
/// The interface language (Turkish or English), chosen by the reader and remembered in a cookie. Documents keep
/// their own languages; only the portal's labels change.
/// </summary>
public sealed record UiText(string Language)
{
    public const string Cookie = "corpus-ui-lang";

    public static UiText From(HttpContext? context) =>
        new(context?.Request.Cookies[Cookie] is "en" ? "en" : "tr");

    public bool IsEnglish => Language == "en";

    public string T(string turkish, string english) => IsEnglish ? english : turkish;

    /// <summary>Sets the cookie and answers with a redirect back to a local address.</summary>
    public static IResult Switch(string language, string? returnTo, HttpContext context)
    {
        if (language is not ("tr" or "en"))
        {
            return Results.NotFound();
        }
        context.Response.Cookies.Append(Cookie, language, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            SameSite = SameSiteMode.Lax,
            HttpOnly = true,
            IsEssential = true,
        });
        return Results.LocalRedirect(LocalAddress.OrFallback(returnTo, "/"));
    }
}
