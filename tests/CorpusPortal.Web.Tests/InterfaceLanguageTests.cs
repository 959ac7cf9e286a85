using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CorpusPortal.Web.Tests;

/// <summary>The interface in Turkish or English, switched by the reader and remembered in a cookie.</summary>
public sealed class InterfaceLanguageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private HttpClient Client() => portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private async Task<AngleSharp.Dom.IDocument> Home(string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        var response = await Client().SendAsync(request);
        return Html.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Turkish_is_the_default()
    {
        var page = await Home(null);

        Assert.Equal("tr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.QuerySelectorAll("header nav a"), a => a.TextContent == "Kütüphane");
    }

    [Fact]
    public async Task Switching_sets_a_cookie_and_returns_to_the_page()
    {
        var response = await Client().GetAsync("/ui-language/en?returnTo=%2Fdocuments%3Fkind%3Dthesis-abstract");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/documents?kind=thesis-abstract", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("corpus-ui-lang=en", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_address_with_Turkish_letters_is_followed_percent_encoded()
    {
        // An address typed or pasted by hand: the letters arrive decoded, and a Location header takes ASCII only.
        var response = await Client().GetAsync("/ui-language/en?returnTo=" + Uri.EscapeDataString("/search?q=köprü açılışı"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/search?q=k%C3%B6pr%C3%BC a%C3%A7%C4%B1l%C4%B1%C5%9F%C4%B1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_remembered_language_is_used()
    {
        var page = await Home("corpus-ui-lang=en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.QuerySelectorAll("header nav a"), a => a.TextContent == "Library");
        Assert.Equal("At a glance", page.GetElementById("glance")!.TextContent);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task Only_local_addresses_are_returned_to(string returnTo)
    {
        var response = await Client().GetAsync($"/ui-language/tr?returnTo={Uri.EscapeDataString(returnTo)}");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
