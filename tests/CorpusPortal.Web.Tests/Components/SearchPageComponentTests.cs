using System.Text.Json;
using Bunit.TestDoubles;
using Bunit;
using CorpusPortal.Search.Results;
using CorpusPortal.Web.Components.Pages;
using CorpusPortal.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>The search page in bUnit over the seed corpus: typing, facets and the address, as its circuit runs it.</summary>
public sealed class SearchPageComponentTests : BunitContext, IClassFixture<SeedServices>
{
    private readonly BunitPersistentComponentState _state;

    public SearchPageComponentTests(SeedServices seeds)
    {
        seeds.AddTo(Services);
        _state = AddBunitPersistentComponentState();
        // Typing waits 60 ms before it searches; on two cores running every test project at once that can take far
        // longer than bUnit's one second.
        DefaultWaitTimeout = TimeSpan.FromSeconds(15);
        // As in a circuit: the page knows it is interactive.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    /// <summary>Renders the page at an address (bUnit supplies its query parameters from the navigation manager, as the router does).</summary>
    private IRenderedComponent<SearchPage> Open(string address, string language = "tr")
    {
        Navigation.NavigateTo(address);
        return Render<SearchPage>(parameters => parameters.AddCascadingValue(new UiText(language)));
    }

    [Fact]
    public async Task Typing_a_word_shows_its_hits_and_moves_the_address_to_it()
    {
        var page = Open("/search");
        Assert.Empty(page.FindAll("ol.hits li"));

        page.Find("#search-q").Input("köprü");

        await page.WaitForAssertionAsync(() => Assert.NotEmpty(page.FindAll("ol.hits li")));
        Assert.Contains(page.FindAll("p.snippet mark"), mark => mark.TextContent == "Köprüsü’nün");
        Assert.Equal("http://localhost/search?q=k%C3%B6pr%C3%BC", Navigation.Uri);
    }

    [Fact]
    public async Task Letters_typed_in_a_burst_search_once_for_the_last_of_them()
    {
        var page = Open("/search");

        foreach (var typed in new[] { "k", "kö", "köp", "köpr", "köprü" })
        {
            page.Find("#search-q").Input(typed);
        }

        await page.WaitForAssertionAsync(() => Assert.Equal("http://localhost/search?q=k%C3%B6pr%C3%BC", Navigation.Uri));
        var history = ((BunitNavigationManager)Navigation).History;
        Assert.DoesNotContain(history, entry => entry.Uri.EndsWith("q=k", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggestions_finish_the_last_word_typed_and_go_when_the_word_is_finished()
    {
        var page = Open("/search");

        page.Find("#search-q").Input("Nahçıvan köp");

        await page.WaitForAssertionAsync(() => Assert.Contains("Nahçıvan köprü ", page.FindAll("datalist#search-suggestions option").Select(o => o.GetAttribute("value"))));
        Assert.Equal("search-suggestions", page.Find("#search-q").GetAttribute("list"));

        page.Find("#search-q").Input("Nahçıvan köprü ");

        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll("datalist#search-suggestions option")));
    }

    [Fact]
    public void A_facet_is_a_link_that_adds_its_filter_and_shows_when_it_is_on()
    {
        var page = Open("/search?q=Karaba%C4%9F%20lang%3Aen");

        var language = page.FindAll("aside.facets section.facet").Single(f => f.QuerySelector("h2")!.TextContent == "Dil");
        var english = language.QuerySelector("a")!;
        english.MarkupMatches("""<a href="/search?q=Karaba%C4%9F" aria-pressed="true" role="button" title="Süzgeci kaldır">İngilizce</a>""");
        Assert.All(page.FindAll("ol.hits li"), li => Assert.Equal("en", li.GetAttribute("lang")));
    }

    [Fact]
    public async Task Typing_after_following_a_link_adds_a_history_entry_instead_of_replacing_the_link_s()
    {
        var page = Open("/search");
        page.Find("#search-q").Input("köprü");
        await page.WaitForAssertionAsync(() => Assert.EndsWith("q=k%C3%B6pr%C3%BC", Navigation.Uri, StringComparison.Ordinal));

        Navigation.NavigateTo("/search?q=k%C3%B6pr%C3%BC%20lang%3Atr");
        // The arrival makes the box anew (as a reader sees the link's query in it); type into the new one.
        await page.WaitForAssertionAsync(() => Assert.Equal("köprü lang:tr", page.Find("#search-q").GetAttribute("value")));
        await page.InvokeAsync(() => page.Find("#search-q").Input("köprü lang:tr Nahçıvan"));

        await page.WaitForAssertionAsync(() => Assert.EndsWith("Nah%C3%A7%C4%B1van", Navigation.Uri, StringComparison.Ordinal));
        var last = ((BunitNavigationManager)Navigation).History.First();
        Assert.False(last.Options.ReplaceHistoryEntry);
    }

    [Fact]
    public async Task Arriving_at_another_address_shows_its_query_in_the_box_and_its_hits()
    {
        var page = Open("/search?q=k%C3%B6pr%C3%BC");

        Navigation.NavigateTo("/search?q=Nah%C3%A7%C4%B1van");

        await page.WaitForAssertionAsync(() => Assert.Equal("Nahçıvan", page.Find("#search-q").GetAttribute("value")));
        Assert.Contains(page.FindAll("p.snippet mark"), mark => mark.TextContent.StartsWith("Nahçıvan", StringComparison.Ordinal));
    }

    [Fact]
    public void The_prerendered_hits_are_handed_to_the_circuit_and_not_searched_again()
    {
        var prerendered = Open("/search?q=k%C3%B6pr%C3%BC");
        _state.TriggerOnPersisting();
        Assert.True(_state.TryTake<System.Text.Json.JsonElement>("search", out var handed));
        Assert.Equal("köprü", handed.GetProperty("address").GetProperty("query").GetString());

        // A circuit starting with a result for the same address shows it as it was handed over.
        var marked = handed.GetProperty("result").Deserialize<SearchResult>(System.Text.Json.JsonSerializerOptions.Web)! with { Total = 999 };
        _state.Persist("search", new { address = new { query = "köprü", skip = 0 }, result = marked });
        var circuit = Open("/search?q=k%C3%B6pr%C3%BC");

        Assert.Equal("999 pasaj", circuit.Find("p[role=status]").TextContent);
        Assert.NotEqual("999 pasaj", prerendered.Find("p[role=status]").TextContent);
    }

    [Fact]
    public void Labels_follow_the_interface_language()
    {
        var page = Open("/search?q=peacekeepers", language: "en");

        Assert.Equal("Search", page.Find("h1").TextContent);
        Assert.EndsWith("passages", page.Find("p[role=status]").TextContent, StringComparison.Ordinal);
        Assert.Contains("English", page.Find("ol.hits li .meta").TextContent, StringComparison.Ordinal);
    }
}
