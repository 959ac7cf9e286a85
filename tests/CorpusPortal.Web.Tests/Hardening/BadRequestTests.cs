using System.Net;

namespace CorpusPortal.Web.Tests.Hardening;

/// <summary>Malformed requests get a 4xx or a safe redirect, never a 500 (issue 14's list of 500s).</summary>
public sealed class BadRequestTests : SandboxTests
{
    [Theory]
    [InlineData("/ui-language/en?returnTo=/search%09x")]
    [InlineData("/ui-language/en?returnTo=/%0d%0aSet-Cookie:x=1")]
    [InlineData("/ui-language/en?returnTo=/%0aevil")]
    [InlineData("/ui-language/tr?returnTo=/\\evil.example")]
    public async Task A_return_address_with_control_characters_goes_home(string path)
    {
        var response = await Sandbox.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/api/search?q=köprü&skip=abc")]
    [InlineData("/api/search?q=köprü&top=1e9")]
    [InlineData("/search?q=köprü&skip=abc")]
    [InlineData("/search?q=köprü&page=-5")]
    [InlineData("/documents/000_91073a8e0371b68b/cite.bib?p=%0d%0a")]
    [InlineData("/documents/..%2F..%2Fetc%2Fpasswd")]
    public async Task Malformed_query_values_are_not_server_errors(string path)
    {
        var response = await Sandbox.Anonymous().GetAsync(path);

        Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("%09/editor")]
    [InlineData("/editor\r\nLocation: https://evil.example")]
    [InlineData("//evil.example")]
    public async Task A_sign_in_with_a_bad_return_address_goes_to_the_workspace(string returnUrl)
    {
        var response = await EditorSandbox.PostSignIn(Sandbox.Anonymous(), EditorSandbox.Editor, EditorSandbox.Password, Uri.UnescapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor", response.Headers.Location?.OriginalString);
    }
}
