using System.Net;
using CorpusPortal.Accounts;
using CorpusPortal.Web.Editing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CorpusPortal.Web.Tests;

/// <summary>The editor workspace needs a signed-in editor; sign-in needs the form's antiforgery token and locks after repeated failures.</summary>
public sealed class EditorSignInTests : IAsyncLifetime
{
    private const string Password = "uzun ve gizli parola";
    private readonly PortalFactory _portal = new();
    private WebApplicationFactory<Program> _factory = default!;

    public Task InitializeAsync()
    {
        new EditorAccounts(_portal.DataFolder).Add("ayse", Password, replace: false);
        _factory = _portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton(new SignInThrottle(TimeProvider.System) { DelayPerFailure = TimeSpan.Zero })));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _portal.DisposeAsync();
    }

    private HttpClient Client() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Gets the sign-in form (and its antiforgery cookie) and posts it.</summary>
    private static async Task<HttpResponseMessage> SignIn(HttpClient client, string name, string password)
    {
        var form = Html.Parse(await client.GetStringAsync("/editor/signin"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync("/editor/session", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["name"] = name,
            ["password"] = password,
        }));
    }

    [Fact]
    public async Task The_workspace_sends_readers_to_sign_in()
    {
        var response = await Client().GetAsync("/editor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/editor/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_without_the_forms_antiforgery_token_is_rejected()
    {
        var response = await Client().PostAsync("/editor/session", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "ayse",
            ["password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_editor_signs_in_and_reaches_the_workspace()
    {
        var client = Client();

        var response = await SignIn(client, "ayse", Password);

        Assert.Equal("/editor", response.Headers.Location!.OriginalString);
        var workspace = Html.Parse(await client.GetStringAsync("/editor"));
        Assert.Equal("ayse", workspace.GetElementById("editor-name")!.TextContent);
    }

    [Fact]
    public async Task A_wrong_password_does_not_say_which_part_was_wrong()
    {
        var response = await SignIn(Client(), "ayse", "yanlış parola 1234");

        Assert.Equal("/editor/signin?error=wrong", response.Headers.Location!.OriginalString);
        Assert.Equal("/editor/signin?error=wrong", (await SignIn(Client(), "nobody", Password)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_name_even_for_the_right_password()
    {
        var client = Client();
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            await SignIn(client, "ayse", "yanlış parola " + i);
        }

        var response = await SignIn(client, "ayse", Password);

        Assert.Equal("/editor/signin?error=locked", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/editor")).StatusCode);
    }
}
