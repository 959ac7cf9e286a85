using System.Net;

namespace CorpusPortal.Web.Tests.Hardening;

/// <summary>
/// An editor can take a document out of the portal (a paper published by mistake, or one that breaks a page) and put
/// it back: unpublished, it is gone from the library, the reading view and search, and kept in the history (issue 14).
/// </summary>
public sealed class UnpublishTests : SandboxTests
{
    private const string News = "003_94344ba106347a29";

    private static async Task<HttpResponseMessage> PostEdit(HttpClient client, string path, string action)
    {
        var page = Html.Parse(await client.GetStringAsync(path));
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = EditorSandbox.Token(page),
            ["_handler"] = "edit",
            ["Posted.Text"] = page.GetElementById("canonical")!.TextContent,
            ["Posted.Base"] = page.QuerySelector("input[name='Posted.Base']")!.GetAttribute("value")!,
            ["Posted.Action"] = action,
        }));
    }

    [Fact]
    public async Task An_unpublished_document_leaves_the_portal_and_stays_in_the_history()
    {
        var editor = await Sandbox.SignedIn();
        var reader = Sandbox.Anonymous();
        Assert.Contains(News, await reader.GetStringAsync("/api/search?q=Eurasian"), StringComparison.Ordinal);

        var response = await PostEdit(editor, $"/editor/edit/{News}", "unpublish");

        Assert.EndsWith($"/editor?unpublished={News}", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/documents/{News}")).StatusCode);
        Assert.DoesNotContain(News, await reader.GetStringAsync("/documents"), StringComparison.Ordinal);
        Assert.DoesNotContain(News, await reader.GetStringAsync("/api/search?q=Eurasian"), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Sandbox.Corpus, News + ".md")));
        Assert.True(File.Exists(Directory.EnumerateFiles(Path.Combine(Sandbox.Corpus, "raw"), "003_*").Single()));
        var workspace = Html.Parse(await editor.GetStringAsync("/editor"));
        Assert.NotNull(workspace.QuerySelector($"#unpublished a[href='/editor/history/{News}']"));
    }

    [Fact]
    public async Task An_unpublished_document_is_restored_from_its_history()
    {
        var editor = await Sandbox.SignedIn();
        var original = File.ReadAllText(Path.Combine(Sandbox.Corpus, News + ".md"));
        await PostEdit(editor, $"/editor/edit/{News}", "unpublish");
        var version = Html.Parse(await editor.GetStringAsync($"/editor/history/{News}")).QuerySelector("ol.versions a")!.GetAttribute("href")!.Split("version=")[1];

        var restored = await PostEdit(editor, $"/editor/edit/{News}?restore={version}", "publish");

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(original, File.ReadAllText(Path.Combine(Sandbox.Corpus, News + ".md")));
        Assert.Equal(HttpStatusCode.OK, (await Sandbox.Anonymous().GetAsync($"/documents/{News}")).StatusCode);
        Assert.Contains(News, await Sandbox.Anonymous().GetStringAsync("/api/search?q=Eurasian"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_documents_answer_404_in_the_editor()
    {
        var editor = await Sandbox.SignedIn();

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/editor/edit/yok-boyle-bir-belge")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/editor/history/yok-boyle-bir-belge")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/editor/edit/..%2F..%2Fetc")).StatusCode);
    }

    [Fact]
    public async Task A_kept_version_with_an_impossible_date_in_its_name_is_ignored()
    {
        var editor = await Sandbox.SignedIn();
        var folder = Path.Combine(Sandbox.Data, "history", News);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "20261399T999999999Z-0123456789abcdef.md"), "---\nid: x\n---\n");

        var history = await editor.GetAsync($"/editor/history/{News}");
        var version = await editor.GetAsync($"/editor/history/{News}?version=20261399T999999999Z-0123456789abcdef");

        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Empty(Html.Parse(await history.Content.ReadAsStringAsync()).QuerySelectorAll("ol.versions li"));
        Assert.Equal(HttpStatusCode.OK, version.StatusCode);
        Assert.Null(Html.Parse(await version.Content.ReadAsStringAsync()).GetElementById("version-text"));
    }
}
