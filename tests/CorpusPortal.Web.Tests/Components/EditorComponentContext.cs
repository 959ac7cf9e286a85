using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using CorpusPortal.Web.Editing;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>
/// An editor page in bUnit over a copy of the seed corpus, as its circuit runs it: the real services, an editor
/// account, and a sign-in whose stamp the page checks again before it saves.
/// </summary>
public abstract class EditorComponentContext : BunitContext, IClassFixture<WritableSeedServices>
{
    protected const string Editor = "ayse";
    private readonly BunitAuthorizationContext _authorization;

    protected EditorComponentContext(WritableSeedServices seeds)
    {
        Seeds = seeds;
        seeds.AddTo(Services);
        _authorization = AddAuthorization();
        Services.AddScoped<EditorCircuitAuthentication>();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        if (seeds.Accounts.Find(Editor) is null)
        {
            seeds.Accounts.Add(Editor, "uzun ve gizli parola", replace: false);
        }
    }

    protected WritableSeedServices Seeds { get; }

    /// <summary>Signs the editor in as the portal's cookie would, with the account's stamp or another.</summary>
    protected void SignIn(string? stamp = null)
    {
        _authorization.SetAuthorized(Editor);
        _authorization.SetClaims(
            new Claim(EditorSessions.StampClaim, stamp ?? Seeds.Accounts.Find(Editor)!.Stamp),
            new Claim(EditorSessions.BeganClaim, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Nobody is signed in.</summary>
    protected void SignOut() => _authorization.SetNotAuthorized();

    /// <summary>The canonical file of a document as it is on disk.</summary>
    protected string FileOf(string id) => File.ReadAllText(Seeds.Library.Folder.PathOf(id));

    /// <summary>Saves another version of a document as someone else would, meanwhile.</summary>
    protected string SaveAsSomeoneElse(string id)
    {
        var theirs = FileOf(id).Replace("authors: []", "authors: [{family: Editör, given: Başka}]", StringComparison.Ordinal);
        Assert.Null(Seeds.Publisher.Publish(Seeds.Publisher.Read(id + ".md", System.Text.Encoding.UTF8.GetBytes(theirs), null), replace: true, baseHash: Seeds.Publisher.CurrentHash(id)));
        return FileOf(id);
    }
}
