using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Tests.Localization;

/// <summary>Every page, in either interface language, shows words: never a phrase key that found no words.</summary>
public sealed class PageWordsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string> PublicPages()
    {
        string[] paths =
        [
            "/", "/documents", "/documents/000_91073a8e0371b68b", "/documents/001_4fca9fe008e145b8?view=parallel",
            "/documents/002_f68ce36b87b3d29e", "/documents/002_f68ce36b87b3d29e?view=en", "/documents/002_f68ce36b87b3d29e?find=Nahçıvan",
            "/documents/yok", "/search?q=köprü", "/search?q=zeplin+lang:xx", "/search?q=author:", "/concordance?q=Nahçıvan",
            "/concordance?q=köprü&sort=left", "/archive", "/works", "/about", "/how-to-cite", "/licence", "/contact",
            "/editor/signin", "/not-found",
        ];
        var data = new TheoryData<string, string>();
        foreach (var path in paths)
        {
            data.Add(path, "tr");
            data.Add(path, "en");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task A_public_page_shows_no_phrase_key(string path, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{UiText.Cookie}={language}");

        var html = await (await portal.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        AssertNoKey(html, path);
    }

    [Theory]
    [InlineData("/editor")]
    [InlineData("/editor/import")]
    [InlineData("/editor/edit/002_f68ce36b87b3d29e")]
    [InlineData("/editor/metadata/002_f68ce36b87b3d29e")]
    [InlineData("/editor/align/000_91073a8e0371b68b")]
    [InlineData("/editor/history/002_f68ce36b87b3d29e")]
    public async Task An_editor_page_shows_no_phrase_key(string path)
    {
        await using var sandbox = new EditorSandbox();
        var client = await sandbox.SignedIn();
        foreach (var language in new[] { "tr", "en" })
        {
            await client.GetAsync($"/ui-language/{language}");

            var html = await client.GetStringAsync(path);

            Assert.Contains($"<html lang=\"{language}\"", html, StringComparison.Ordinal);
            AssertNoKey(html, $"{path} ({language})");
        }
    }

    private static void AssertNoKey(string html, string where)
    {
        Assert.Contains("</html>", html, StringComparison.Ordinal);
        var shown = Phrasebook.Turkish.Phrases.Keys.Where(k => html.Contains(k, StringComparison.Ordinal)).ToList();
        Assert.True(shown.Count == 0, $"{where} shows the keys {string.Join(", ", shown)}");
    }
}
