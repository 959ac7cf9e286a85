using System.Collections.Concurrent;
using CorpusPortal.Web.Operations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorpusPortal.Web.Tests.Operations;

/// <summary>Each request leaves one structured log entry an operator can search by its fields, without what readers searched for.</summary>
public sealed class RequestLogTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();
    private readonly Entries _entries = new();
    private WebApplicationFactory<Program> _logged = default!;

    public Task InitializeAsync()
    {
        _logged = _portal.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Logging:LogLevel:" + RequestLog.Category, "Debug");
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(_entries));
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _logged.DisposeAsync();
        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task A_request_is_logged_with_its_method_path_status_and_time_but_not_its_query()
    {
        var client = _logged.CreateClient();
        await client.GetAsync("/search?q=gizli%20konu");
        await client.GetAsync("/documents/999_0000000000000000");
        await client.GetAsync("/app.css");

        var requests = _entries.Of(RequestLog.Category);
        var search = requests.Single(e => (string?)e.Fields["Path"] == "/search");
        Assert.Equal(LogLevel.Information, search.Level);
        Assert.Equal("GET", search.Fields["Method"]);
        Assert.Equal(200, search.Fields["Status"]);
        Assert.True((double)search.Fields["ElapsedMs"]! >= 0);
        Assert.DoesNotContain(requests, e => e.Message.Contains("gizli", StringComparison.Ordinal));
        Assert.Equal(404, requests.Single(e => (string?)e.Fields["Path"] == "/documents/999_0000000000000000").Fields["Status"]);
        Assert.Equal(LogLevel.Debug, requests.Single(e => (string?)e.Fields["Path"] == "/app.css").Level);
    }

    private sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Fields);

    /// <summary>A logger provider that keeps every entry with its structured fields.</summary>
    private sealed class Entries : ILoggerProvider
    {
        private readonly ConcurrentQueue<Entry> _entries = new();

        public List<Entry> Of(string category) => [.. _entries.Where(e => e.Category == category)];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception),
                    state is IReadOnlyList<KeyValuePair<string, object?>> fields ? fields.ToDictionary(f => f.Key, f => f.Value) : new Dictionary<string, object?>()));
        }
    }
}
