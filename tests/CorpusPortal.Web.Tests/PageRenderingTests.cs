using CorpusPortal.Web.Components.Pages;
using CorpusPortal.Web.Components.Reading;
using CorpusPortal.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CorpusPortal.Web.Tests;

/// <summary>Pages and components rendered alone with HtmlRenderer over the real corpus services, checked with AngleSharp.</summary>
public sealed class PageRenderingTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "corpus-render-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = default!;

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus"] = Path.Combine(PortalFactory.RepositoryRoot, "corpus"),
            ["Data"] = _data,
        }).Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(PortalOptions.From(configuration, PortalFactory.RepositoryRoot))
            .AddSingleton<CorpusLibrary>()
            .AddSingleton<CitationCatalog>()
            .BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private async Task<AngleSharp.Dom.IDocument> Render<TComponent>(Dictionary<string, object?>? parameters = null)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters ?? []))).ToHtmlString());
        return Html.Parse(html);
    }

    [Fact]
    public async Task Home_counts_the_corpus()
    {
        var page = await Render<Home>();

        Assert.Equal(["4", "134", "55", "49"], page.QuerySelectorAll("dl.counts dd").Select(dd => dd.TextContent));
    }

    [Fact]
    public async Task The_library_lists_every_document_with_its_kind_and_languages()
    {
        var page = await Render<LibraryPage>();

        var items = page.QuerySelectorAll("ul.library li").Select(li => li.TextContent).ToList();
        Assert.Equal(4, items.Count);
        Assert.Contains(items, i => i.Contains("thesis-abstract · tr/en", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("news-article · en", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_archive_page_lists_the_TDA_unit()
    {
        var page = await Render<Archive>();

        Assert.NotNull(page.GetElementById("u-571-35868-141642-2"));
    }

    [Fact]
    public async Task The_works_page_gives_each_author_an_anchor()
    {
        var page = await Render<Works>();

        Assert.All(page.QuerySelectorAll("ul.authors > li"), li => Assert.StartsWith("a-", li.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_parallel_view_renders_a_document_on_its_own()
    {
        var document = _services.GetRequiredService<CorpusLibrary>().Find("002_f68ce36b87b3d29e")!;

        var page = await Render<ParallelView>(new() { ["Document"] = document });

        Assert.Equal("An Important Crossroads in Azerbaijan-Turkey Relations: Second Karabakh War", page.QuerySelector(".titles .col[lang=en]")!.TextContent);
        Assert.Contains("İkinci Karabağ Savaşı", page.QuerySelector(".keywords .col[lang=tr]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".col[lang=tr] .s[data-pair]"));
    }
}
