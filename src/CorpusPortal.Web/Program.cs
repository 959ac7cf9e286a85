using CorpusPortal.Search.Results;
using CorpusPortal.Web.Components;
using CorpusPortal.Web.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(PortalOptions.From(builder.Configuration, builder.Environment.ContentRootPath));
builder.Services.AddSingleton<CorpusLibrary>();
builder.Services.AddSingleton<SearchService>();
builder.Services.AddRazorComponents();
// Turkish letters go out as themselves, not as numeric character references (only <, >, &, " and ' are escaped).
builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();

// Build the index on first start, before the first request.
app.Services.GetRequiredService<SearchService>();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAntiforgery();
app.MapStaticAssets();

app.MapGet("/api/search", (string? q, int? top, int? skip, string? lang, SearchService search) =>
{
    var result = search.Search(q, top ?? 10, skip ?? 0, lang is "tr" or "en" or "az" ? lang : null);
    return Results.Text(SearchJson.Write(result), "application/json; charset=utf-8", statusCode: result.Error is null ? 200 : 400);
});

app.MapRazorComponents<App>();

app.Run();

/// <summary>The portal's entry point, visible to the integration tests.</summary>
public partial class Program;
