using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CorpusPortal.Web.Tests.Hardening;

/// <summary>
/// Every answer forbids framing, sniffing and foreign or inline script; with a configured public address, citations
/// use it and a forged Host header is refused; the cookie-signing keys sit in a folder only the portal can open.
/// </summary>
public sealed class SecurityHeadersTests : SandboxTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/documents/000_91073a8e0371b68b")]
    [InlineData("/search?q=köprü")]
    [InlineData("/api/search?q=köprü")]
    [InlineData("/editor/signin")]
    [InlineData("/yok")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await Sandbox.Anonymous().GetAsync(path);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_cookie_signing_keys_are_kept_in_a_folder_only_the_portal_opens()
    {
        await Sandbox.Anonymous().GetAsync("/editor/signin");

        var keys = Path.Combine(Sandbox.Data, "keys");
        Assert.NotEmpty(Directory.EnumerateFiles(keys, "*.xml"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
    }

    [Fact]
    public async Task With_a_public_address_citations_use_it_and_other_hosts_are_refused()
    {
        await using var portal = Sandbox.Factory.WithWebHostBuilder(builder => builder.UseSetting("PublicBaseUrl", "https://corpus.example.org"));
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://corpus.example.org"), AllowAutoRedirect = false });

        var bib = await client.GetStringAsync("/documents/000_91073a8e0371b68b/cite.bib");
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/documents/000_91073a8e0371b68b/cite.bib");
        forged.Headers.Host = "evil.example";
        var refused = await client.SendAsync(forged);

        Assert.Contains("https://corpus.example.org/documents/000_91073a8e0371b68b", bib, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }
}
