using Microsoft.Playwright;

namespace CorpusPortal.Browser.Tests;

/// <summary>
/// The whole editor flow in the browser: sign in, paste a paper, publish, fix its title, find it by search; and
/// hostile markup in a paper stays text. The screenshots of docs/editor-guide.md are taken here.
/// </summary>
public sealed class EditorFlowTests(PortalServer portal) : IClassFixture<PortalServer>
{
    private const string Paper = "Giriş\n\nNahçıvan ile Türkiye arasındaki Umut Köprüsü 1992 yılında açılmıştır.1 Köprü iki ülkeyi bağlar.\n\n1 Ali Veli, “Köprüler”, Kafkasya Dergisi, 2001, s. 5.\n";

    /// <summary>
    /// Where a screenshot goes: into docs/images (the editor guide's pictures) when CORPUS_UPDATE_SCREENSHOTS=1,
    /// otherwise into a temporary folder, so a test run does not change the repository.
    /// </summary>
    private string Screenshot(string name) => Environment.GetEnvironmentVariable("CORPUS_UPDATE_SCREENSHOTS") == "1"
        ? Path.Combine(portal.RepositoryRoot, "docs", "images", name)
        : Path.Combine(Path.GetTempPath(), "corpus-screenshots", name);

    private async Task<IPage> SignedIn(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/editor");
        await page.WaitForURLAsync("**/editor/signin**");
        await page.ScreenshotAsync(new() { Path = Screenshot("editor-signin.png") });
        await PortalServer.SignIn(page);
        await page.WaitForURLAsync("**/editor");
        return page;
    }

    [Fact]
    public async Task An_editor_signs_in_pastes_a_paper_fixes_its_title_publishes_and_finds_it()
    {
        await using var context = await portal.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var page = await SignedIn(context);
        await page.ScreenshotAsync(new() { Path = Screenshot("editor-workspace.png") });

        await page.ClickAsync("a[href='/editor/import']");
        await page.FillAsync("#file-name", "umut-koprusu.txt");
        await page.FillAsync("#raw-text", Paper);
        await page.ClickAsync("button[value=preview]");
        await page.WaitForSelectorAsync("#preview-title");
        await page.ScreenshotAsync(new() { Path = Screenshot("editor-preview.png"), FullPage = true });
        await page.ClickAsync("button[value=publish]");
        await page.WaitForSelectorAsync("#import-published");

        await page.GotoAsync(portal.BaseUrl + "/editor/edit/umut-koprusu");
        await page.WaitForSelectorAsync(".live-preview[data-interactive=true]");
        var text = await page.InputValueAsync("#canonical");
        await page.FillAsync("#canonical", text.Replace("title: {}", "title:\n  tr: Umut Köprüsü ve Nahçıvan", StringComparison.Ordinal).Replace("editorial: []", "editorial:\n- title.tr", StringComparison.Ordinal));
        // The live preview follows the typing.
        await page.WaitForSelectorAsync("#live-preview strong:text('Umut Köprüsü ve Nahçıvan')");
        await page.ScreenshotAsync(new() { Path = Screenshot("editor-edit.png") });
        await page.ClickAsync("button[value=publish]");
        await page.WaitForSelectorAsync("#edit-saved");

        await page.GotoAsync(portal.BaseUrl + "/search?q=Nahcivan+kopru");
        var hit = page.Locator("a.hit-link[href*='/documents/umut-koprusu']");
        Assert.True(await hit.CountAsync() > 0);
        await hit.First.ClickAsync();
        await page.WaitForURLAsync("**/documents/umut-koprusu**");
        Assert.Equal("Umut Köprüsü ve Nahçıvan", await page.Locator("h1").First.InnerTextAsync());
    }

    [Fact]
    public async Task Hostile_markup_in_a_published_paper_never_runs()
    {
        await using var context = await portal.Browser.NewContextAsync();
        var dialogs = 0;
        var page = await SignedIn(context);
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        const string payloads = "Giriş\n\nKüçük deneme <script>window.__xss=1</script> ve <img src=x onerror=\"window.__xss=2\"> ile <a href=\"javascript:window.__xss=3\">bağlantı</a> ayrıca <svg onload=\"window.__xss=4\"></svg> **kalın** [tık](javascript:alert(5)) sözcükleri zararsızdır.\n";

        await page.ClickAsync("a[href='/editor/import']");
        await page.FillAsync("#file-name", "zararsiz.txt");
        await page.FillAsync("#raw-text", payloads);
        await page.ClickAsync("button[value=publish]");
        await page.WaitForSelectorAsync("#import-published");

        foreach (var path in new[] { "/documents/zararsiz", "/search?q=zararsızdır", "/documents/zararsiz?view=parallel", "/editor/edit/zararsiz" })
        {
            await page.GotoAsync(portal.BaseUrl + path);
            Assert.Equal(0, await page.Locator("a[href^='javascript:']").CountAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), path);
        }
        Assert.Equal(0, dialogs);
        await page.GotoAsync(portal.BaseUrl + "/documents/zararsiz");
        Assert.Contains("<script>window.__xss=1</script>", await page.Locator("#p-1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_phone_in_English_an_editor_unpublishes_a_paper_and_restores_it()
    {
        await using var context = await portal.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await context.AddCookiesAsync([new Cookie { Name = "corpus-ui-lang", Value = "en", Url = portal.BaseUrl }]);
        var page = await SignedIn(context);
        await page.ClickAsync("a[href='/editor/import']");
        await page.FillAsync("#file-name", "gecici.txt");
        await page.FillAsync("#raw-text", "Giriş\n\nGeçici bir deneme metni, yayından kaldırılıp geri getirilecek.\n");
        await page.ClickAsync("button[value=publish]");
        await page.WaitForSelectorAsync("#import-published");

        await page.GotoAsync(portal.BaseUrl + "/editor/edit/gecici");
        var unpublish = page.Locator("button[value=unpublish]");
        Assert.Equal("Unpublish", (await unpublish.InnerTextAsync()).Trim());
        var box = await unpublish.BoundingBoxAsync();
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 390, "the Unpublish button is off the phone's screen");
        await unpublish.ClickAsync();
        await page.WaitForURLAsync("**/editor?unpublished=gecici");
        Assert.Contains("Unpublished", await page.Locator("#workspace-unpublished").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Screenshot("editor-unpublished.png"), FullPage = true });
        Assert.Equal(404, (await page.APIRequest.GetAsync(portal.BaseUrl + "/documents/gecici")).Status);

        await page.ClickAsync("#unpublished a[href='/editor/history/gecici']");
        await page.ClickAsync("ol.versions a >> nth=0");
        await page.ClickAsync("a[href*='/editor/edit/gecici?restore=']");
        await page.WaitForSelectorAsync("#edit-unpublished");
        await page.ClickAsync("button[value=publish]");
        await page.WaitForSelectorAsync("#edit-saved");
        Assert.Equal(200, (await page.APIRequest.GetAsync(portal.BaseUrl + "/documents/gecici")).Status);
    }
}
