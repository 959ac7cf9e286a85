using Bunit;
using CorpusPortal.Web.Components.Pages;
using CorpusPortal.Web.Components.Reading;
using CorpusPortal.Web.Localization;
using CorpusPortal.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>The static pages rendered alone in bUnit over the real corpus services: what each lists and counts.</summary>
public sealed class StaticPageComponentTests : BunitContext, IClassFixture<SeedServices>
{
    private readonly SeedServices _seeds;

    public StaticPageComponentTests(SeedServices seeds)
    {
        _seeds = seeds;
        seeds.AddTo(Services);
        Services.AddSingleton(new CitationCatalog(seeds.Library));
    }

    private IRenderedComponent<TPage> Open<TPage>()
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        Render<TPage>(parameters => parameters.AddCascadingValue(new UiText("tr")));

    [Fact]
    public void Home_counts_the_corpus()
    {
        var page = Open<Home>();

        Assert.Equal(["4", "134", "55", "49"], page.FindAll("dl.counts dd").Select(dd => dd.TextContent));
    }

    [Theory]
    [InlineData("tr", "Tez özeti · Türkçe, İngilizce", "Haber · İngilizce")]
    [InlineData("en", "Thesis abstract · Turkish, English", "News article · English")]
    public void The_library_names_each_documents_kind_and_languages_in_words(string language, string thesis, string news)
    {
        var page = Render<LibraryPage>(parameters => parameters.AddCascadingValue(new UiText(language)));

        var kinds = page.FindAll("ul.library li .meta").Select(meta => meta.TextContent).ToList();
        Assert.Equal(4, kinds.Count);
        Assert.Contains(thesis, kinds);
        Assert.Contains(news, kinds);
        Assert.DoesNotContain(page.FindAll("select[name=kind] option"), option => option.TextContent.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public void The_archive_page_lists_the_TDA_unit()
    {
        var page = Open<Archive>();

        Assert.Single(page.FindAll("#u-tda-571-35868-141642-2"));
    }

    [Fact]
    public void The_works_page_gives_each_author_an_anchor()
    {
        var page = Open<Works>();

        Assert.All(page.FindAll("ul.authors > li"), li => Assert.StartsWith("a-", li.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void The_parallel_view_renders_a_document_on_its_own()
    {
        var document = _seeds.Library.Find("002_f68ce36b87b3d29e")!;

        var view = Render<ParallelView>(parameters => parameters.Add(p => p.Document, document).AddCascadingValue(new UiText("tr")));

        view.Find(".titles .col[lang=en]").MarkupMatches("<div class=\"col\" lang=\"en\">An Important Crossroads in Azerbaijan-Turkey Relations: Second Karabakh War</div>");
        Assert.Contains("İkinci Karabağ Savaşı", view.Find(".keywords .col[lang=tr]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(view.FindAll(".cell[lang=tr] .s[data-pair]"));
    }
}
