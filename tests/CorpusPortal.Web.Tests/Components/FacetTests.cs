using Bunit;
using CorpusPortal.Web.Components.Search;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>A facet: each value a link that adds its filter to the query, or takes it out when it is in.</summary>
public sealed class FacetTests : BunitContext
{
    private IRenderedComponent<Facet> Render(string query) => Render<Facet>(parameters => parameters
        .Add(p => p.Title, "Dil")
        .Add(p => p.Counts, new Dictionary<string, int> { ["en"] = 2, ["tr"] = 7 })
        .Add(p => p.Filter, "lang")
        .Add(p => p.Query, query)
        .Add(p => p.RemoveHint, "Süzgeci kaldır"));

    [Fact]
    public void Values_come_most_frequent_first_each_adding_its_filter()
    {
        var facet = Render("köprü");

        facet.Find("ul").MarkupMatches("""
            <ul>
              <li><a href="/search?q=k%C3%B6pr%C3%BC%20lang%3Atr" aria-pressed="false" role="button">tr</a> <span class="count">7</span></li>
              <li><a href="/search?q=k%C3%B6pr%C3%BC%20lang%3Aen" aria-pressed="false" role="button">en</a> <span class="count">2</span></li>
            </ul>
            """);
    }

    [Fact]
    public void A_value_already_in_the_query_takes_its_filter_out()
    {
        var facet = Render("köprü lang:tr");

        var on = facet.Find("li.on a");
        Assert.Equal(("tr", "true", "/search?q=k%C3%B6pr%C3%BC"), (on.TextContent, on.GetAttribute("aria-pressed"), on.GetAttribute("href")));
    }

    [Fact]
    public void A_facet_without_counts_shows_nothing()
    {
        var facet = Render<Facet>(parameters => parameters
            .Add(p => p.Title, "Dil")
            .Add(p => p.Counts, new Dictionary<string, int>())
            .Add(p => p.Filter, "lang"));

        facet.MarkupMatches("");
    }
}
