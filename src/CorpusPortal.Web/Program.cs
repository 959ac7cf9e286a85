using CorpusPortal.Web.Citing;
using CorpusPortal.Web.Components;
using CorpusPortal.Web.Concordance;
using CorpusPortal.Web.Crawling;
using CorpusPortal.Web.Editing;
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
builder.Services.AddKeyStorage(builder.Configuration, portalOptions.DataFolder);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddCorpus();
builder.Services.AddEditing();
builder.Services.AddOpenData();
builder.Services.AddRateLimits(builder.Configuration);
builder.Services.AddCompression();
builder.Services.AddProxySupport(builder.Configuration);
builder.Services.AddPortalComponents();

var app = builder.Build();

app.RemoveInterruptedSaves();
app.OpenCorpus();

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
app.MapCitationDownloads();
app.MapConcordanceDownload();
app.MapEditing();
app.MapHealth();
app.MapCrawling();
app.MapLanguageSwitch();

app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

/// <summary>The portal's entry point, visible to the integration tests.</summary>
public partial class Program;
