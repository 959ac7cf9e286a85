using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Forms;

namespace CorpusPortal.Web.Security;

/// <summary>
/// Antiforgery tokens for the pages that have a form posting back (the editor's), and for no other page. The
/// framework's provider makes one for every page of an application with interactive components, to hand it to the
/// page's circuit: that sets a cookie and marks every reading page "no-store", so no reading page could be cached and
/// served again. The portal's circuits post no forms; its static forms get their token here, when they render.
/// </summary>
public sealed class OnDemandAntiforgery(IHttpContextAccessor requests, IAntiforgery antiforgery) : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken()
    {
        // In a circuit the request is the one that opened its connection, long answered: no form of a circuit posts.
        if (requests.HttpContext is not { Response.HasStarted: false } request)
        {
            return null;
        }
        var tokens = antiforgery.GetAndStoreTokens(request);
        return tokens.RequestToken is null ? null : new AntiforgeryRequestToken(tokens.RequestToken, tokens.FormFieldName);
    }
}
