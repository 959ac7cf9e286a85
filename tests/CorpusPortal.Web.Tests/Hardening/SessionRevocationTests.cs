using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorpusPortal.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace CorpusPortal.Web.Tests.Hardening;

/// <summary>
/// A sign-in ends when the editor signs out, is removed or gets a new password, and at the latest eight hours after
/// it began, whatever it was used for meanwhile: a copied cookie is worth nothing after that (issue 14).
/// </summary>
public sealed class SessionRevocationTests : SandboxTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    protected override EditorSandbox CreateSandbox() => new() { Services = services => services.AddSingleton<TimeProvider>(_clock) };

    private static async Task<HttpStatusCode> Workspace(HttpClient client) => (await client.GetAsync("/editor")).StatusCode;

    /// <summary>A second client carrying the same cookie, as someone who copied it would.</summary>
    private HttpClient Copy(HttpClient signedIn, string cookie)
    {
        var copy = Sandbox.Anonymous();
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return copy;
    }

    private async Task<(HttpClient Client, string Cookie)> SignedInWithCookie()
    {
        var client = Sandbox.Anonymous();
        var response = await EditorSandbox.PostSignIn(client, EditorSandbox.Editor, EditorSandbox.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("corpus-editor=", StringComparison.Ordinal));
        return (client, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_opens_the_workspace()
    {
        var (client, cookie) = await SignedInWithCookie();
        var copy = Copy(client, cookie);
        Assert.Equal(HttpStatusCode.OK, await Workspace(copy));
        var page = Html.Parse(await client.GetStringAsync("/editor"));

        await client.PostAsync("/editor/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = EditorSandbox.Token(page) }));

        Assert.Equal(HttpStatusCode.Redirect, await Workspace(copy));
    }

    [Fact]
    public async Task Removing_the_editor_ends_their_sign_in()
    {
        var (client, _) = await SignedInWithCookie();
        var accounts = new EditorAccounts(Sandbox.Data);

        Assert.Null(accounts.Remove(EditorSandbox.Editor));

        Assert.Equal(HttpStatusCode.Redirect, await Workspace(client));
    }

    [Fact]
    public async Task An_editor_taken_out_of_editors_json_by_hand_is_signed_out()
    {
        var (client, _) = await SignedInWithCookie();
        var path = Path.Combine(Sandbox.Data, EditorAccounts.FileName);

        File.WriteAllText(path, "[]");

        Assert.Equal(HttpStatusCode.Redirect, await Workspace(client));
    }

    [Fact]
    public async Task A_new_password_ends_the_sign_ins_made_with_the_old_one()
    {
        var (client, _) = await SignedInWithCookie();

        new EditorAccounts(Sandbox.Data).Add(EditorSandbox.Editor, "yepyeni bir parola 2026", replace: true);

        Assert.Equal(HttpStatusCode.Redirect, await Workspace(client));
    }

    [Fact]
    public async Task A_sign_in_ends_eight_hours_after_it_began_even_when_used_all_along()
    {
        var (client, _) = await SignedInWithCookie();
        for (var hour = 1; hour <= 7; hour++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(HttpStatusCode.OK, await Workspace(client));
        }

        _clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(HttpStatusCode.Redirect, await Workspace(client));
    }

    [Fact]
    public void The_accounts_file_holds_a_stamp_per_editor_but_no_password()
    {
        var accounts = JsonNode.Parse(File.ReadAllText(Path.Combine(Sandbox.Data, EditorAccounts.FileName)))!.AsArray();

        var editor = accounts.Single()!.AsObject();
        Assert.False(string.IsNullOrEmpty((string?)editor["SecurityStamp"]));
        Assert.DoesNotContain(EditorSandbox.Password, editor.ToJsonString(new JsonSerializerOptions()), StringComparison.Ordinal);
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
