using Deque.AxeCore.Playwright;

namespace CorpusPortal.Browser.Tests;

/// <summary>An axe-core scan of the main pages in the browser: no serious or critical violations.</summary>
public sealed class AccessibilityTests(PortalServer portal) : IClassFixture<PortalServer>
{
    /// <summary>Every public page by a name for its screenshot.</summary>
    private static readonly (string Name, string Path)[] Pages =
    [
        ("home", "/"),
        ("library", "/documents"),
        ("reading", "/documents/002_f68ce36b87b3d29e"),
        ("parallel", "/documents/000_91073a8e0371b68b?view=parallel"),
        ("find-in-document", "/documents/002_f68ce36b87b3d29e?q=Karaba%C4%9F"),
        ("search", "/search?q=k%C3%B6pr%C3%BC"),
        ("concordance", "/concordance?q=Avrasya"),
        ("statistics", "/statistics?show=keywords&document=003_94344ba106347a29&language=en"),
        ("archive", "/archive"),
        ("works", "/works"),
        ("about", "/about"),
        ("how-to-cite", "/how-to-cite"),
        ("licence", "/licence"),
        ("contact", "/contact"),
        ("editor-signin", "/editor/signin"),
    ];

    public static TheoryData<string, string, int> PagesInBothLanguagesAtEachWidth()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (name, _) in Pages)
        {
            foreach (var language in (string[])["tr", "en"])
            {
                foreach (var width in (int[])[390, 768, 1366])
                {
                    data.Add(name, language, width);
                }
            }
        }
        return data;
    }

    /// <summary>
    /// Each page at a phone's, a tablet's and a desktop's width in both interface languages: no serious or critical
    /// violations, and nothing wider than the window. With CORPUS_UPDATE_SCREENSHOTS=1 the phone and desktop views are
    /// kept as docs/screenshots/{page}.{language}.{width}.png, the pictures the README and the docs show.
    /// </summary>
    [Theory]
    [MemberData(nameof(PagesInBothLanguagesAtEachWidth))]
    public async Task Every_page_has_no_serious_or_critical_violations_in_either_language_at_each_width(string name, string language, int width)
    {
        var page = await portal.Open(Pages.Single(p => p.Name == name).Path, width, language);
        if (name is "search")
        {
            await page.Locator("[data-interactive=true]").WaitForAsync();
        }

        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        AssertNoSeriousViolations(await page.RunAxe());
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{name} is {overflow} px wider than a {width} px window");
        if (Environment.GetEnvironmentVariable("CORPUS_UPDATE_SCREENSHOTS") == "1" && width != 768)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(portal.RepositoryRoot, "docs", "screenshots", $"{name}.{language}.{width}.png") });
        }
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/editor/align/002_f68ce36b87b3d29e", ".align-page[data-interactive=true]")]
    [InlineData("/editor/edit/000_91073a8e0371b68b", ".live-preview[data-interactive=true]")]
    [InlineData("/editor/metadata/002_f68ce36b87b3d29e", ".metadata-page[data-interactive=true]")]
    public async Task Interactive_editor_pages_have_no_serious_or_critical_violations_in_their_circuit(string path, string circuit)
    {
        await using var context = await portal.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + path);
        await PortalServer.SignIn(page);
        await page.WaitForSelectorAsync(circuit);
        if (path.StartsWith("/editor/align/", StringComparison.Ordinal))
        {
            // With a cell being split, its cut buttons are on the page too.
            await page.Locator("tr[data-row='1'] td[data-side='right'] button.op", new() { HasText = "Böl" }).ClickAsync();
            await page.WaitForSelectorAsync("button.cut");
        }
        if (path.StartsWith("/editor/metadata/", StringComparison.Ordinal))
        {
            // With a field in error and an author row open, the problem and the row's controls are on the page too.
            await page.Locator("#add-author").ClickAsync();
            await page.Locator("#doi").PressSequentiallyAsync("12.34");
            await page.WaitForSelectorAsync("#doi-problem");
        }

        AssertNoSeriousViolations(await page.RunAxe());
    }

    private static void AssertNoSeriousViolations(Deque.AxeCore.Commons.AxeResult results)
    {
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
