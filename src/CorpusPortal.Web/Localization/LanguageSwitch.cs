namespace CorpusPortal.Web.Localization;

/// <summary><c>/ui-language/{tr|en}</c>: the interface language a reader chooses, kept in a cookie.</summary>
public static class LanguageSwitch
{
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ui-language/{language}", (string language, string? returnTo, HttpContext context) => UiText.Switch(language, returnTo, context));
        return app;
    }
}
