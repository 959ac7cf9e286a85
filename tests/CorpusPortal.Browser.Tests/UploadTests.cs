using CorpusPortal.Benchmarks.Fidelity;
using Microsoft.Playwright;

namespace CorpusPortal.Browser.Tests;

/// <summary>
/// An editor uploads the files papers come as, in Chromium: a PDF on a desktop in the Turkish interface, a Word
/// file on a phone in the English one; each is previewed, published, and read with its notes and italics.
/// </summary>
public sealed class UploadTests(PortalServer portal) : IClassFixture<PortalServer>
{
    private static readonly Paper Paper = Paper.Parse(
        "# Giriş\n\nFerman _Saʿdâbâd kazâsına_ gönderilmiş ve muhacirlerin iskânı için orada okunmuştur.[^Ali Veli, _Köprüler ve Sınırlar_, İstanbul, 2001, s. 5.] "
        + "Kazânın halkı muhacirlere yardım etmiş ve onları evlerinde ağırlamıştır.\n\n# Sonuç\n\nBelge, iskânın yerel kaynaklarla yürütüldüğünü göstermektedir ve dönemin başka belgeleriyle de örtüşmektedir.");

    private async Task<IPage> SignedIn(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/editor");
        await page.WaitForURLAsync("**/editor/signin**");
        await PortalServer.SignIn(page);
        await page.WaitForURLAsync("**/editor");
        return page;
    }

    private static async Task Upload(IPage page, string name, string mime, byte[] file)
    {
        await page.ClickAsync("a[href='/editor/import']");
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = name, MimeType = mime, Buffer = file });
        await page.ClickAsync("button[value=preview]");
        await page.WaitForSelectorAsync("#preview-title");
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = name, MimeType = mime, Buffer = file });
        await page.ClickAsync("button[value=publish]");
        await page.WaitForSelectorAsync("#import-published");
    }

    [Fact]
    public async Task A_PDF_uploaded_on_a_desktop_is_read_with_its_headings_and_notes()
    {
        await using var context = await portal.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await SignedIn(context);

        await Upload(page, "ferman.pdf", "application/pdf", PaperPdf.Write(Paper, PdfLayout.Journal));

        await page.GotoAsync(portal.BaseUrl + "/documents/ferman");
        Assert.Equal(["Giriş", "Sonuç"], (await page.Locator("article h2, main h2").AllInnerTextsAsync()).Where(h => h is "Giriş" or "Sonuç"));
        Assert.Contains("Köprüler ve Sınırlar", await page.Locator("#fn-1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Saʿdâbâd kazâsına gönderilmiş", await page.Locator("#p-1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Word_file_uploaded_on_a_phone_in_English_keeps_its_italics()
    {
        await using var context = await portal.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await context.AddCookiesAsync([new Cookie { Name = "corpus-ui-lang", Value = "en", Url = portal.BaseUrl }]);
        var page = await SignedIn(context);

        await Upload(page, "ferman-word.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", PaperDocx.Write(Paper));

        await page.GotoAsync(portal.BaseUrl + "/documents/ferman-word");
        Assert.Equal("Saʿdâbâd kazâsına", await page.Locator("#p-1 em").InnerTextAsync());
        Assert.Equal("Köprüler ve Sınırlar", await page.Locator("#fn-1 em").InnerTextAsync());
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is {width} px wide on a 390 px phone");
    }
}
