using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using CorpusPortal.Web.Editing;
using CorpusPortal.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorpusPortal.Web.Tests.Operations;

/// <summary>
/// Readers of every kind running while an editor publishes and someone guesses passwords: no reader gets a server
/// error, nothing is logged as an error, and each reader sees one version of a document whole, never a mix.
/// </summary>
public sealed class ConcurrencyTests : SandboxTests
{
    private const string News = "003_94344ba106347a29";

    private readonly ErrorLog _errors = new();

    protected override EditorSandbox CreateSandbox() => new()
    {
        Services = services =>
        {
            services.AddSingleton<ILoggerProvider>(_errors);
            services.AddSingleton(new SignInThrottle(TimeProvider.System) { DelayPerFailure = TimeSpan.Zero });
        },
    };

    [Fact]
    public async Task Readers_beside_publishes_and_failed_sign_ins_get_no_error_and_see_one_version_at_a_time()
    {
        var services = Sandbox.Factory.Services;
        var publisher = services.GetRequiredService<Publisher>();
        var library = services.GetRequiredService<CorpusLibrary>();
        var original = library.Find(News)!;
        var titles = new[] { "Version A of the news article", "Version B of the news article" };
        var versions = titles.Select(t => original with { Metadata = original.Metadata with { Titles = new Dictionary<string, string> { ["en"] = t } } }).ToArray();
        string[] paths =
        [
            $"/documents/{News}", $"/api/documents/{News}", "/api/documents", "/api/search?q=Russia", "/search?q=Russia",
            "/archive", "/works", "/concordance?q=Russia", "/statistics?show=frequencies&language=en", $"/documents/{News}/tei.xml", "/oai?verb=ListRecords&metadataPrefix=oai_dc",
        ];
        var failures = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();

        async Task Read(int reader)
        {
            var client = Sandbox.Anonymous();
            for (var i = reader; !stop.IsCancellationRequested; i++)
            {
                var path = paths[i % paths.Length];
                var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{path}: {(int)response.StatusCode}");
                }
                else if (path == $"/api/documents/{News}" && (string?)JsonNode.Parse(body)!["title"]!["en"] is var title && title != original.Metadata.Titles["en"] && !titles.Contains(title))
                {
                    failures.Add($"{path}: a title of no version: {title}");
                }
                else if (path == "/api/documents" && (int)JsonNode.Parse(body)!["total"]! != 4)
                {
                    failures.Add($"{path}: {(int)JsonNode.Parse(body)!["total"]!} documents");
                }
            }
        }

        async Task Publish()
        {
            for (var i = 0; i < 12; i++)
            {
                var problem = publisher.Publish(publisher.Redraft(versions[i % 2]), replace: true, baseHash: publisher.CurrentHash(News));
                if (problem is not null)
                {
                    failures.Add("publish: " + problem);
                }
                await Task.Delay(50);
            }
        }

        async Task GuessPasswords()
        {
            var client = Sandbox.Anonymous();
            for (var i = 0; !stop.IsCancellationRequested && i < 30; i++)
            {
                var response = await EditorSandbox.PostSignIn(client, EditorSandbox.Editor, "yanlış " + i);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"sign-in: {(int)response.StatusCode}");
                }
            }
        }

        var readers = Enumerable.Range(0, 4).Select(Read).ToList();
        var guesses = GuessPasswords();
        await Publish();
        await Task.Delay(200);
        stop.Cancel();
        await Task.WhenAll([.. readers, guesses]);

        Assert.Empty(failures);
        Assert.Empty(_errors.Entries);
        Assert.Equal(titles[1], library.Find(News)!.Metadata.Titles["en"]);
    }

    /// <summary>Every entry logged at Error or above.</summary>
    private sealed class ErrorLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error)
                {
                    entries.Enqueue($"{category}: {formatter(state, exception)} {exception}");
                }
            }
        }
    }
}
