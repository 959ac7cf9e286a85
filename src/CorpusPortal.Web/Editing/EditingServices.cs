using CorpusPortal.Web.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.Features;

namespace CorpusPortal.Web.Editing;

/// <summary>The editor workspace: accounts and their sessions, publishing, the version history.</summary>
public static class EditingServices
{
    public static IServiceCollection AddEditing(this IServiceCollection services)
    {
        services.AddSingleton<Publisher>();
        services.AddSingleton<PreviewHandoff>();
        services.AddSingleton(provider => new VersionHistory(provider.GetRequiredService<PortalOptions>().DataFolder));
        services.AddSingleton(provider => new CorpusPortal.Accounts.EditorAccounts(provider.GetRequiredService<PortalOptions>().DataFolder));
        services.AddSingleton<SignInThrottle>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(EditorSessions.Configure);
        services.AddAuthorization();
        // A pasted paper may be up to the importer's limit (8 MiB).
        services.Configure<FormOptions>(options => options.ValueLengthLimit = 9 * 1024 * 1024);
        services.AddCascadingAuthenticationState();
        services.AddScoped<EditorCircuitAuthentication>();
        services.AddScoped<AuthenticationStateProvider>(provider => provider.GetRequiredService<EditorCircuitAuthentication>());
        return services;
    }
}
