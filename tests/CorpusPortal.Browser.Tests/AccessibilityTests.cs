using Deque.AxeCore.Playwright;

namespace CorpusPortal.Browser.Tests;

/// <summary>An axe-core scan of the main pages in the browser: no serious or critical violations.</summary>
public sealed class AccessibilityTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/documents")]
    [InlineData("/documents/002_f68ce36b87b3d29e")]
    [InlineData("/documents/000_91073a8e0371b68b?view=parallel")]
    [InlineData("/documents/002_f68ce36b87b3d29e?q=Karaba%C4%9F")]
    [InlineData("/search?q=k%C3%B6pr%C3%BC")]
    [InlineData("/search?q=k%C3%B6pr%C3%BC&view=kwic")]
    [InlineData("/archive")]
    [InlineData("/works")]
    [InlineData("/editor/signin")]
    public async Task Main_pages_have_no_serious_or_critical_violations(string path)
    {
        var page = await portal.Open(path);

        var results = await page.RunAxe();

        AssertNoSeriousViolations(results);
    }

    [Theory]
    [InlineData("/editor/align/002_f68ce36b87b3d29e", ".align-page[data-interactive=true]")]
    [InlineData("/editor/edit/000_91073a8e0371b68b", ".live-preview[data-interactive=true]")]
    public async Task Interactive_editor_pages_have_no_serious_or_critical_violations_in_their_circuit(string path, string circuit)
    {
        await using var context = await portal.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + path);
        await page.FillAsync("#name", PortalServer.EditorName);
        await page.FillAsync("#password", PortalServer.EditorPassword);
        await page.ClickAsync("form.signin button[type=submit]");
        await page.WaitForSelectorAsync(circuit);
        if (path.StartsWith("/editor/align/", StringComparison.Ordinal))
        {
            // With a cell being split, its cut buttons are on the page too.
            await page.Locator("tr[data-row='1'] td[data-side='right'] button.op", new() { HasText = "Böl" }).ClickAsync();
            await page.WaitForSelectorAsync("button.cut");
        }

        AssertNoSeriousViolations(await page.RunAxe());
    }

    private static void AssertNoSeriousViolations(Deque.AxeCore.Commons.AxeResult results)
    {
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
