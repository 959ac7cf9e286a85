using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CorpusPortal.Web.Tests.Operations;

/// <summary>
/// One client cannot take the portal's time from the others: past its burst, the API, the query pages and sign-in
/// answer 429 with Retry-After; reading pages are never limited.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();
    private WebApplicationFactory<Program> _limited = default!;

    public Task InitializeAsync()
    {
        // One request a minute after the burst: however slow the machine, no token comes back during a test.
        _limited = _portal.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("RateLimits:Enabled", "true");
            builder.UseSetting("RateLimits:Api:Burst", "3");
            builder.UseSetting("RateLimits:Api:PerMinute", "1");
            builder.UseSetting("RateLimits:Pages:Burst", "2");
            builder.UseSetting("RateLimits:Pages:PerMinute", "1");
            builder.UseSetting("RateLimits:SignIn:Burst", "2");
            builder.UseSetting("RateLimits:SignIn:PerMinute", "1");
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _limited.DisposeAsync();
        await _portal.DisposeAsync();
    }

    private async Task<List<HttpResponseMessage>> Send(HttpClient client, string path, int times)
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < times; i++)
        {
            responses.Add(await client.GetAsync(path));
        }
        return responses;
    }

    [Fact]
    public async Task Past_its_burst_an_API_client_is_told_to_wait_as_a_problem_with_Retry_After()
    {
        var responses = await Send(_limited.CreateClient(), "/api/documents", 4);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], responses.Select(r => r.StatusCode));
        var refused = responses[^1];
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 120);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (int)JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["status"]!);
    }

    [Theory]
    [InlineData("tr", "Bu adresten çok fazla istek geldi")]
    [InlineData("en", "Too many requests from this address")]
    public async Task Past_its_burst_a_reader_of_query_pages_is_told_in_their_language(string language, string message)
    {
        var client = _limited.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"corpus-ui-lang={language}");

        var responses = await Send(client, "/concordance?q=Avrasya", 3);

        Assert.Equal(HttpStatusCode.TooManyRequests, responses[^1].StatusCode);
        Assert.StartsWith(message, await responses[^1].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(responses[^1].Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Reading_pages_the_health_check_and_the_bare_search_page_are_not_limited()
    {
        var client = _limited.CreateClient();

        foreach (var path in new[] { "/documents/002_f68ce36b87b3d29e", "/healthz", "/search", "/documents/002_f68ce36b87b3d29e/tei.xml" })
        {
            Assert.All(await Send(client, path, 6), r => Assert.NotEqual(HttpStatusCode.TooManyRequests, r.StatusCode));
        }
    }

    [Fact]
    public async Task Sign_in_attempts_past_the_burst_are_refused_before_they_are_checked()
    {
        var client = _limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await EditorSandbox.PostSignIn(client, "ayse", "yanlış parola " + i)).StatusCode);
        }

        Assert.All(statuses.Take(2), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Behind_a_proxy_on_the_same_machine_each_reader_has_their_own_limit()
    {
        await using var proxied = _limited.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FromTheProxy>()));
        HttpClient Reader(string address)
        {
            var client = proxied.CreateClient();
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            return client;
        }

        var first = await Send(Reader("203.0.113.5"), "/api/documents", 4);
        var second = await Send(Reader("198.51.100.7"), "/api/documents", 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, first[^1].StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.Single().StatusCode);
    }

    /// <summary>Every request arrives from this machine, as from a reverse proxy in front of the portal.</summary>
    private sealed class FromTheProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return following(context);
            });
            next(app);
        };
    }
}
