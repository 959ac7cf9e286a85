using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Localization;
using Microsoft.AspNetCore.Components.Authorization;

namespace CorpusPortal.Web.Editing;

/// <summary>
/// Saving a document an interactive editor page changed (its metadata, its alignment): the sign-in is checked again,
/// the change is published over the version the page opened (someone else's save meanwhile is a conflict), and the
/// outcome is said in the interface language.
/// </summary>
public sealed class PortalSave(Publisher publisher, EditorCircuitAuthentication sessions, UiText ui)
{
    public sealed record Outcome(bool Saved, string Message);

    /// <param name="conflictKey">The phrase for a conflict, which names what the page edits.</param>
    /// <param name="refuse">What keeps the document as it would be read back from being saved, if anything.</param>
    public async Task<Outcome> Publish(Task<AuthenticationState>? authentication, Document changed, string? baseHash, string conflictKey, Func<Document, string?>? refuse = null)
    {
        if (authentication is null || !sessions.IsCurrent(await authentication))
        {
            return new(false, ui.T("Common.YourSignInHasEnded"));
        }
        var draft = publisher.Redraft(changed);
        if (draft.Document is { } redrafted && refuse?.Invoke(redrafted) is { } refusal)
        {
            return new(false, ui.T("Common.CouldNotSave") + refusal);
        }
        var problem = draft.Problem ?? publisher.Publish(draft, replace: true, baseHash: baseHash);
        return problem switch
        {
            null => new(true, ui.T("Common.SavedThePreviousVersionIs")),
            Publisher.Conflict => new(false, ui.T(conflictKey)),
            _ => new(false, ui.T("Common.CouldNotSave") + problem),
        };
    }
}
