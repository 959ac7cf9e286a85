using Microsoft.Playwright;

namespace CorpusPortal.Browser.Tests;

/// <summary>The statistics page as a linguist uses it, on a desktop in Turkish and on a phone in English.</summary>
public sealed class StatisticsTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task On_a_phone_the_collocates_of_a_stem_are_listed_and_download_as_CSV()
    {
        var page = await portal.Open("/statistics", 390, "en");

        await page.GetByLabel("Collocations of a word").CheckAsync();
        await page.GetByLabel("Word (for collocations)").FillAsync("köprü");
        await page.GetByLabel("Count").SelectOptionAsync("stem");
        await page.GetByLabel("Minimum frequency").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await page.WaitForURLAsync("**/statistics?*");
        var table = page.Locator("table.statistics-table");
        Assert.Equal("Collocations", await table.Locator("caption").InnerTextAsync());
        Assert.Contains("hasret", await table.Locator("tbody").InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("köprü: ", await page.Locator("#statistics-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page runs off the screen sideways");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Download as CSV (every row)").ClickAsync());
        Assert.Equal("collocations.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("rank,collocate,language,together,frequency,log_dice,mi", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task On_a_desktop_in_Turkish_a_frequency_list_of_what_a_query_finds_reads_in_Turkish_numbers()
    {
        var page = await portal.Open("/statistics", 1366, "tr");

        await page.GetByLabel("Yalnızca bu sorgunun bulduğu bölümler").FillAsync("Karabağ");
        await page.GetByLabel("Dil", new() { Exact = true }).SelectOptionAsync("tr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Göster" }).ClickAsync();

        await page.WaitForURLAsync("**/statistics?*");
        Assert.Equal("Sıklık listesi", await page.Locator("table.statistics-table caption").InnerTextAsync());
        var summary = await page.Locator("#statistics-summary").InnerTextAsync();
        Assert.Matches(@"^\d+ belgenin [\d.]+ bölümünde [\d.]+ sözcük; [\d.]+ farklı sözcük\.$", summary);
        var first = page.Locator("table.statistics-table tbody tr").First;
        Assert.Matches(@"^\d+,\d\d$", await first.Locator("td").Nth(4).InnerTextAsync());
        await page.Locator("table.statistics-table tbody a").First.ClickAsync();
        await page.WaitForURLAsync("**/concordance?q=*");
        Assert.True(await page.Locator("table.concordance tbody tr").CountAsync() > 0);
        await page.Context.DisposeAsync();
    }
}
