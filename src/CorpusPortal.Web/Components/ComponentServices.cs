using CorpusPortal.Web.Components.Circuits;
using Microsoft.AspNetCore.Components.Forms;

namespace CorpusPortal.Web.Components;

/// <summary>The pages: Razor components rendered on the server, interactive over a circuit where they need to be.</summary>
public static class ComponentServices
{
    public static IServiceCollection AddPortalComponents(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<AntiforgeryStateProvider, Security.OnDemandAntiforgery>();
        services.AddRazorComponents()
            .AddInteractiveServerComponents(CircuitSettings.Configure)
            .AddHubOptions(CircuitSettings.Configure);
        // Turkish letters go out as themselves, not as numeric character references (only <, >, &, " and ' are escaped).
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return services;
    }
}
