using System.Net;
using CorpusPortal.Accounts;
using CorpusPortal.Web.Editing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CorpusPortal.Web.Tests;

/// <summary>
/// The portal over a copy of the repository's corpus in a temporary folder, with one editor account ("ayse"), so
/// tests may publish, break and restart it. <see cref="Restart"/> starts a new portal on the same folders.
/// </summary>
public sealed class EditorSandbox : IAsyncDisposable
{
    public const string Editor = "ayse";
    public const string Password = "uzun ve gizli parola";

    public EditorSandbox()
    {
        CorpusPortal.Tests.CorpusCopy.To(Corpus);
        new EditorAccounts(Data).Add(Editor, Password, replace: false);
        Factory = Start();
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "corpus-editor-" + Guid.NewGuid().ToString("N"));

    public string Corpus => Path.Combine(Folder, "corpus");

    public string Data => Path.Combine(Folder, "data");

    public WebApplicationFactory<Program> Factory { get; private set; }

    /// <summary>Services the tests replace (a clock, a throttle without delays).</summary>
    public Action<IServiceCollection>? Services { get; init; }

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Stops the portal and starts a new one on the same corpus and data folders, as a restart would.</summary>
    public async Task Restart()
    {
        await Factory.DisposeAsync();
        Factory = Start();
    }

    /// <summary>Every file of the corpus folder and its bytes, to compare before and after.</summary>
    public Dictionary<string, string> CorpusFiles() => Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(Corpus, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    public async Task<HttpClient> SignedIn()
    {
        var client = Anonymous();
        var response = await PostSignIn(client, Editor, Password);
        Assert.Equal("/editor", response.Headers.Location?.OriginalString);
        return client;
    }

    /// <summary>Gets the sign-in form (and its antiforgery cookie) and posts it.</summary>
    public static async Task<HttpResponseMessage> PostSignIn(HttpClient client, string name, string password, string? returnUrl = null)
    {
        var form = Html.Parse(await client.GetStringAsync("/editor/signin"));
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(form), ["name"] = name, ["password"] = password };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }
        return await client.PostAsync("/editor/session", new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts the import form (paste) and returns the response.</summary>
    public static async Task<HttpResponseMessage> PostImport(HttpClient client, string fileName, string text, string action, string id = "", bool replace = false, string? baseHash = null)
    {
        var page = Html.Parse(await client.GetStringAsync("/editor/import"));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page),
            ["_handler"] = "import",
            ["Posted.FileName"] = fileName,
            ["Posted.Id"] = id,
            ["Posted.Text"] = text,
            ["Posted.Action"] = action,
        };
        if (replace)
        {
            fields["Posted.Replace"] = "true";
        }
        if (baseHash is not null)
        {
            fields["Posted.Base"] = baseHash;
        }
        return await client.PostAsync("/editor/import", new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts the import form and parses the page it answers with (a refusal answers 422, with the page).</summary>
    public static async Task<AngleSharp.Dom.IDocument> Import(HttpClient client, string fileName, string text, string action, string id = "", bool replace = false, string? baseHash = null)
    {
        var response = await PostImport(client, fileName, text, action, id, replace, baseHash);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(page.GetElementById("import-problem") is null ? HttpStatusCode.OK : HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return page;
    }

    public static string Token(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private WebApplicationFactory<Program> Start() => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Corpus", Corpus);
        builder.UseSetting("Data", Data);
        // The tests send requests faster than any reader; the limits have their own tests (RateLimitTests).
        builder.UseSetting("RateLimits:Enabled", "false");
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new SignInThrottle(TimeProvider.System) { DelayPerFailure = TimeSpan.Zero });
            Services?.Invoke(services);
        });
    });
}
