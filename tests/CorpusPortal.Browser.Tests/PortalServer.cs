using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CorpusPortal.Browser.Tests;

/// <summary>
/// The portal on a real port (Kestrel) over the repository's corpus, and Debian's Chromium driven by Playwright.
/// Chromium comes from the system (tests/run installs it); Playwright's own browser download is never used.
/// </summary>
public sealed class PortalServer : IAsyncLifetime
{
    /// <summary>The editor account the tests sign in with (made in the test's own data folder).</summary>
    public const string EditorName = "editor";
    public const string EditorPassword = "browser test password";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private string _corpus = "";
    private string _data = "";
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public string RepositoryRoot { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        RepositoryRoot = CorpusPortal.Tests.RepositoryRoot.Path;
        // A copy of the corpus: the editor tests publish into it.
        var corpus = CorpusPortal.Tests.CorpusCopy.To(Path.Combine(_folder, "corpus"));
        var data = Path.Combine(_folder, "data");
        new CorpusPortal.Accounts.EditorAccounts(data).Add(EditorName, EditorPassword, replace: false);
        _corpus = corpus;
        _data = data;
        _factory = Start("http://127.0.0.1:0");
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Stops the portal, as a server restart does; <see cref="StartAgain"/> brings up a new one at the same address.</summary>
    public async Task Stop()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }
    }

    public void StartAgain() => _factory = Start(BaseUrl);

    private WebApplicationFactory<Program> Start(string url)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Corpus", _corpus);
            builder.UseSetting("Data", _data);
            // The tests send requests faster than any reader; the limits have their own tests (RateLimitTests).
            builder.UseSetting("RateLimits:Enabled", "false");
            builder.UseEnvironment("Production");
            builder.UseSetting("urls", url);
        });
        factory.UseKestrel();
        factory.StartServer();
        return factory;
    }

    /// <summary>Fills in and sends the sign-in form the page shows (the editor pages send there first).</summary>
    public static async Task SignIn(IPage page)
    {
        await page.FillAsync("#name", EditorName);
        await page.FillAsync("#password", EditorPassword);
        await page.ClickAsync("form.signin button[type=submit]");
    }

    public async Task<IPage> Open(string path)
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(BaseUrl + path);
        return page;
    }

    /// <summary>Opens a page in a browser of its own at a window width, in an interface language (its cookie set as the switch sets it).</summary>
    public async Task<IPage> Open(string path, int width, string language)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        await context.AddCookiesAsync([new Cookie { Name = "corpus-ui-lang", Value = language, Url = BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + path);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string Chromium()
    {
        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("Debian's chromium is not installed: run tests/run (it installs it) or apt-get install -y chromium");
    }
}
