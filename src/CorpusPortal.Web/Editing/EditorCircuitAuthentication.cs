using CorpusPortal.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace CorpusPortal.Web.Editing;

/// <summary>
/// A circuit is one long connection: the cookie is checked when it opens, not on each click. This provider
/// checks the sign-in again every minute (<see cref="EditorSessions.IsCurrent"/>), so that signing out, a new
/// password or a removed account also ends the editing a circuit is doing; the alignment editor checks once
/// more before it saves.
/// </summary>
public sealed class EditorCircuitAuthentication(ILoggerFactory loggers, EditorAccounts accounts, TimeProvider clock)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        Task.FromResult(authenticationState.User.Identity?.IsAuthenticated != true || IsCurrent(authenticationState));

    /// <summary>True when the state is a sign-in that still holds.</summary>
    public bool IsCurrent(AuthenticationState state) => EditorSessions.IsCurrent(state.User, accounts, clock.GetUtcNow());
}
