using System.Globalization;
using CorpusPortal.Web.Services;
using Microsoft.Extensions.Localization;

namespace CorpusPortal.Web.Localization;

/// <summary>
/// The interface language (Turkish or English), chosen by the reader and remembered in a cookie, and the words of
/// the portal in it (<see cref="Phrasebook"/>). Documents keep their own languages; only the portal's labels change.
/// A key the phrasebook lacks is shown as the key itself, and a test fails on it before it can ship.
/// </summary>
public sealed record UiText(string Language) : IStringLocalizer
{
    public const string Cookie = "corpus-ui-lang";

    public static UiText From(HttpContext? context) =>
        new(context?.Request.Cookies[Cookie] is "en" ? "en" : "tr");

    public bool IsEnglish => Language == "en";

    private Phrasebook Book => Phrasebook.For(Language);

    /// <summary>The phrase named <paramref name="key"/>.</summary>
    public string T(string key) => Book.Phrases.GetValueOrDefault(key, key);

    /// <summary>The phrase named <paramref name="key"/> with <c>{0}</c>, <c>{1}</c>… filled in (numbers written invariantly).</summary>
    public string T(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, T(key), values);

    /// <summary>
    /// The phrase for a count: <c>key.one</c> when <paramref name="count"/> is 1, <c>key.other</c> otherwise, with the
    /// count as <c>{0}</c> and <paramref name="values"/> after it.
    /// </summary>
    public string Plural(string key, long count, params object?[] values) =>
        T(key + (count == 1 ? ".one" : ".other"), [count, .. values]);

    /// <summary>True when the phrasebook has <paramref name="key"/> (for words looked up by a code, such as query notes).</summary>
    public bool Has(string key) => Book.Phrases.ContainsKey(key);

    LocalizedString IStringLocalizer.this[string name] =>
        new(name, T(name), resourceNotFound: !Has(name));

    LocalizedString IStringLocalizer.this[string name, params object[] arguments] =>
        new(name, T(name, arguments), resourceNotFound: !Has(name));

    IEnumerable<LocalizedString> IStringLocalizer.GetAllStrings(bool includeParentCultures) =>
        Book.Phrases.Select(p => new LocalizedString(p.Key, p.Value));

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
