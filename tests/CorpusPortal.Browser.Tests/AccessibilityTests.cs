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
    [InlineData("/search?q=k%C3%B6pr%C3%BC")]
    [InlineData("/search?q=k%C3%B6pr%C3%BC&view=kwic")]
    [InlineData("/archive")]
    [InlineData("/works")]
    [InlineData("/editor/signin")]
    public async Task Main_pages_have_no_serious_or_critical_violations(string path)
    {
        var page = await portal.Open(path);

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
