using System.Text.Json.Nodes;

namespace CorpusPortal.Web.Tests;

/// <summary>The search page and the JSON API.</summary>
public sealed class SearchPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Results_mark_the_matched_words_and_link_to_the_passage()
    {
        var page = Html.Parse(await portal.CreateClient().GetStringAsync("/search?q=k%C3%B6pr%C3%BC"));

        Assert.Contains(page.QuerySelectorAll("p.snippet mark"), m => m.TextContent == "Köprüsü’nün");
        var link = page.QuerySelector("a.hit-link")!.GetAttribute("href")!;
        Assert.Matches(@"^/documents/\w+\?q=k%C3%B6pr%C3%BC#p-\d+$", link);
        Assert.NotEmpty(page.QuerySelectorAll("aside.facets li"));
    }

    [Fact]
    public async Task The_search_page_has_one_search_box_and_the_menu_says_where_the_reader_is()
    {
        var search = Html.Parse(await portal.CreateClient().GetStringAsync("/search?q=k%C3%B6pr%C3%BC"));
        var reading = Html.Parse(await portal.CreateClient().GetStringAsync("/documents/002_f68ce36b87b3d29e"));

        Assert.Single(search.QuerySelectorAll("input[type=search]"));
        Assert.Equal("/search", search.QuerySelector("header nav a[aria-current=page]")!.GetAttribute("href"));
        Assert.NotNull(reading.QuerySelector("form.quick-search"));
        Assert.Equal("/documents", reading.QuerySelector("header nav a[aria-current=page]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_malformed_query_gets_a_clear_message()
    {
        var page = Html.Parse(await portal.CreateClient().GetStringAsync("/search?q=year%3Aabc+Karaba%C4%9F"));

        Assert.Contains("year:abc", page.QuerySelector("p.error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_found_suggests_what_to_try()
    {
        var page = Html.Parse(await portal.CreateClient().GetStringAsync("/search?q=zzzqqq"));

        Assert.Contains("Başka bir yazımla", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hit_shows_its_document_title_and_section_not_ids_or_scores()
    {
        var page = Html.Parse(await portal.CreateClient().GetStringAsync("/search?q=peacekeepers"));

        var hit = page.QuerySelector("ol.hits li")!;
        Assert.Equal("What does Russia want from Azerbaijan in exchange for the withdrawal of its troops?", hit.QuerySelector("a.hit-link")!.TextContent);
        Assert.Contains("Metin", hit.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("İngilizce", hit.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("003_", hit.TextContent, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d+\.\d\d", hit.QuerySelector(".meta")!.TextContent);
    }

    [Theory]
    [InlineData("Türkçe", "lang:tr")]
    [InlineData("Dipnot", "section:footnote")]
    [InlineData("2021", "year:2021")]
    [InlineData("An Important Crossroads in Azerbaijan-Turkey Relations: Second Karabakh War", "doc:002_f68ce36b87b3d29e")]
    public async Task Each_facet_link_narrows_the_hits_to_its_value(string label, string filter)
    {
        var client = portal.CreateClient();
        var page = Html.Parse(await client.GetStringAsync("/search?q=Karaba%C4%9F"));
        var total = int.Parse(page.QuerySelector("p[role=status]")!.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        var link = page.QuerySelectorAll("aside.facets a").Single(a => a.TextContent == label);
        var count = int.Parse(link.ParentElement!.QuerySelector(".count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.EndsWith(Uri.EscapeDataString(" " + filter), link.GetAttribute("href"), StringComparison.Ordinal);
        var narrowed = Html.Parse(await client.GetStringAsync(link.GetAttribute("href")!));

        // The facet's count is what the link finds, fewer than the whole.
        Assert.Equal($"{count} pasaj", narrowed.QuerySelector("p[role=status]")!.TextContent);
        Assert.True(count < total, $"{count} of {total}");
    }

    [Fact]
    public async Task Facet_links_add_their_filter_to_the_query_and_show_names()
    {
        var page = Html.Parse(await portal.CreateClient().GetStringAsync("/search?q=k%C3%B6pr%C3%BC"));

        var language = page.QuerySelectorAll("aside.facets a").Single(a => a.TextContent == "Türkçe");
        Assert.Equal("/search?q=k%C3%B6pr%C3%BC%20lang%3Atr", language.GetAttribute("href"));
        var narrowed = Html.Parse(await portal.CreateClient().GetStringAsync(language.GetAttribute("href")!));
        Assert.All(narrowed.QuerySelectorAll("ol.hits li"), li => Assert.Equal("tr", li.GetAttribute("lang")));
        Assert.NotEmpty(narrowed.QuerySelectorAll("ol.hits li"));
        Assert.Contains(page.QuerySelectorAll("aside.facets a"), a => a.TextContent.StartsWith("Turkey's Relations with Azerbaijan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_old_kwic_link_leads_to_the_concordance()
    {
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/search?q=k%C3%B6pr%C3%BC&view=kwic");

        Assert.EndsWith("/concordance?q=k%C3%B6pr%C3%BC", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_gives_the_same_json_as_the_command_line()
    {
        var api = await portal.CreateClient().GetStringAsync("/api/search?q=k%C3%B6pr%C3%BC&top=5");

        // The command line itself, as a user runs it: its own process, its own index.
        var folder = Path.Combine(Path.GetTempPath(), "corpus-api-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, output, error) = await Operations.CommandLine.Run("search", "köprü", "--json", "--top", "5",
                "--corpus", Path.Combine(PortalFactory.RepositoryRoot, "corpus"), "--data", folder);

            Assert.True(code == 0, error);
            Assert.Equal(output.TrimEnd('\n'), api);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        Assert.Equal(5, JsonNode.Parse(api)!["hits"]!.AsArray().Count);
    }

    [Fact]
    public async Task Markup_in_a_query_is_never_rendered()
    {
        var html = await portal.CreateClient().GetStringAsync("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_page_through_ten_at_a_time()
    {
        var client = portal.CreateClient();

        var first = Html.Parse(await client.GetStringAsync("/search?q=Azerbaycan"));
        var second = Html.Parse(await client.GetStringAsync("/search?q=Azerbaycan&skip=10"));

        Assert.Equal(10, first.QuerySelectorAll("ol.hits > li").Length);
        Assert.Equal("11", second.QuerySelector("ol.hits")!.GetAttribute("start"));
        Assert.Contains(first.QuerySelectorAll("nav.paging a"), a => a.GetAttribute("href") == "/search?q=Azerbaycan&skip=10");
        Assert.Contains(second.QuerySelectorAll("nav.paging a"), a => a.GetAttribute("href") == "/search?q=Azerbaycan");
        var firstLinks = first.QuerySelectorAll("a.hit-link").Select(a => a.GetAttribute("href"));
        var secondLinks = second.QuerySelectorAll("a.hit-link").Select(a => a.GetAttribute("href"));
        Assert.Empty(firstLinks.Intersect(secondLinks));
    }
}
