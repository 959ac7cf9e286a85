using CorpusPortal.Web.Components;
using CorpusPortal.Web.Localization;
using CorpusPortal.Web.OpenData;
using CorpusPortal.Web.Operations;
using CorpusPortal.Web.Security;
using CorpusPortal.Web.Services;

var builder = WebApplication.CreateBuilder(args);
// A build's output (not only `dotnet publish` output) serves the framework's script in every environment: the build
// writes a manifest of where its static web assets are, which ASP.NET Core reads by itself only in Development.
// Published output has no such manifest, and this does nothing there.
builder.WebHost.UseStaticWebAssets();
// Published output started with another content root (a service's working directory) still serves its own files.
WebRoot.Locate(builder.Environment);
var portalOptions = PortalOptions.From(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSingleton(portalOptions);
if (portalOptions.PublicBaseUrl is { } publicBase && string.IsNullOrEmpty(builder.Configuration["AllowedHosts"]))
{
    // Only the configured public host is answered (the host-filtering middleware reads AllowedHosts).
    builder.Configuration["AllowedHosts"] = publicBase.Host;
}
CorpusPortal.Web.Security.KeyStorage.Configure(builder.Services, builder.Configuration, portalOptions.DataFolder);
builder.Services.AddSingleton<CorpusLibrary>();
builder.Services.AddSingleton<SearchService>();
builder.Services.AddSingleton<CitationCatalog>();
builder.Services.AddSingleton<RelatedLinks>();
builder.Services.AddOutputCache(PageCache.Configure);
builder.Services.AddSingleton<PageCache>();
builder.Services.AddSingleton<CorpusPortal.Web.Editing.Publisher>();
builder.Services.AddSingleton<CorpusPortal.Web.Editing.PreviewHandoff>();
builder.Services.AddSingleton<PublishDates>();
builder.Services.AddOpenData();
builder.Services.AddRateLimits(builder.Configuration);
builder.Services.AddCompression();
builder.Services.AddProxySupport(builder.Configuration);
builder.Services.AddSingleton(services => new CorpusPortal.Web.Editing.VersionHistory(services.GetRequiredService<PortalOptions>().DataFolder));
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<Microsoft.AspNetCore.Components.Forms.AntiforgeryStateProvider, CorpusPortal.Web.Security.OnDemandAntiforgery>();
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents(CorpusPortal.Web.Components.Circuits.CircuitSettings.Configure)
    .AddHubOptions(CorpusPortal.Web.Components.Circuits.CircuitSettings.Configure);
builder.Services.AddSingleton(services => new CorpusPortal.Accounts.EditorAccounts(services.GetRequiredService<PortalOptions>().DataFolder));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<CorpusPortal.Web.Editing.SignInThrottle>();
builder.Services.AddAuthentication(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(CorpusPortal.Web.Editing.EditorSessions.Configure);
builder.Services.AddAuthorization();
// A pasted paper may be up to the importer's limit (8 MiB).
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(options => options.ValueLengthLimit = 9 * 1024 * 1024);
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddScoped<CorpusPortal.Web.Editing.EditorCircuitAuthentication>();
builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>(services => services.GetRequiredService<CorpusPortal.Web.Editing.EditorCircuitAuthentication>());
// Turkish letters go out as themselves, not as numeric character references (only <, >, &, " and ' are escaped).
builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();

// Saves cut off by a crash leave temporary files beside the corpus files and the data: they are removed first.
var startLog = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CorpusPortal.Start");
foreach (var folder in new[] { portalOptions.CorpusFolder, Path.Combine(portalOptions.CorpusFolder, "raw"), portalOptions.DataFolder })
{
    foreach (var name in CorpusPortal.Corpus.Store.InterruptedSaves.Clean(folder))
    {
        startLog.LogWarning("removed {File} in {Folder}, left by a save that was cut off", name, folder);
    }
}

// Build the index on first start, before the first request; the page cache follows the library from the start.
app.Services.GetRequiredService<SearchService>();
app.Services.GetRequiredService<PageCache>();

// The client's address and scheme as a trusted reverse proxy forwards them (docs/deploy.md).
app.UseForwardedHeaders();
app.UseRequestLog();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseSecurityHeaders();
app.UseCompression();
// The open interfaces (JSON API, TEI, OAI-PMH, OpenAPI) answer GET requests from any web page.
app.UseCors();
// One client cannot take the portal's time from the others (docs/deploy.md).
app.UseRateLimits();
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.UseOutputCache();
app.UseStaticFiles();
// The framework's script (_framework/blazor.web.js) from the build's static web assets, in a Release build, in
// `dotnet run` and in `dotnet publish` output alike.
app.MapStaticAssets();

app.MapOpenData();

app.MapGet("/documents/{id}/cite.{format}", (string id, string format, string? p, CorpusLibrary library, PortalOptions options, HttpContext http) =>
    CorpusPortal.Web.Citing.CitationDownloads.Answer(library.Find(id), format, p, options.BaseUrlFor(http.Request)));

app.MapGet("/concordance.csv", (string? q, string? sort, SearchService search, CorpusLibrary library, PortalOptions options, HttpContext http) =>
    CorpusPortal.Web.Concordance.ConcordanceDownload.Answer(q, sort, search, library, options.BaseUrlFor(http.Request), UiText.From(http)));

CorpusPortal.Web.Editing.EditorEndpoints.Map(app);

app.MapGet("/healthz", (SearchService search, CorpusLibrary library, PortalOptions options, HttpContext http) =>
    CorpusPortal.Web.Operations.Health.Answer(search, library, options, http));
app.MapGet("/sitemap.xml", (CorpusLibrary library, PublishDates dates, PortalOptions options, HttpContext http) =>
    CorpusPortal.Web.Crawling.Sitemap.Answer(library, dates, options.BaseUrlFor(http.Request)));
app.MapGet("/robots.txt", (PortalOptions options, HttpContext http) => CorpusPortal.Web.Crawling.Robots.Answer(options.BaseUrlFor(http.Request)));

app.MapGet("/ui-language/{language}", (string language, string? returnTo, HttpContext context) => UiText.Switch(language, returnTo, context));

app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

/// <summary>The portal's entry point, visible to the integration tests.</summary>
public partial class Program;
