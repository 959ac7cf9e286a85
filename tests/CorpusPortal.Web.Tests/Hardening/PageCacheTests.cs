using CorpusPortal.Web.Localization;
using CorpusPortal.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace CorpusPortal.Web.Tests.Hardening;

/// <summary>
/// A reading page read by many is rendered once (output caching), per address and interface language, and a
/// publish drops every cached page at once: no reader sees an old version after a save.
/// </summary>
public sealed class PageCacheTests : SandboxTests
{
    private const string Thesis = "000_91073a8e0371b68b";

    [Fact]
    public async Task A_second_reader_gets_the_page_from_the_cache()
    {
        var reader = Sandbox.Anonymous();
        await Sandbox.Factory.Services.GetRequiredService<RelatedLinks>().WhenCurrent();

        var first = await reader.GetAsync($"/documents/{Thesis}");
        var second = await reader.GetAsync($"/documents/{Thesis}");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_interface_language_has_its_own_copy()
    {
        var turkish = Sandbox.Anonymous();
        var english = Sandbox.Anonymous();
        english.DefaultRequestHeaders.Add("Cookie", $"{UiText.Cookie}=en");

        await turkish.GetStringAsync($"/documents/{Thesis}");
        var page = Html.Parse(await english.GetStringAsync($"/documents/{Thesis}"));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_publish_drops_the_cached_pages()
    {
        var reader = Sandbox.Anonymous();
        await Sandbox.Factory.Services.GetRequiredService<RelatedLinks>().WhenCurrent();
        await reader.GetStringAsync($"/documents/{Thesis}");
        var editor = await Sandbox.SignedIn();
        var form = Html.Parse(await editor.GetStringAsync($"/editor/edit/{Thesis}"));
        var text = form.GetElementById("canonical")!.TextContent.Replace("Bu araştırmada", "Bu yeni araştırmada", StringComparison.Ordinal);

        await editor.PostAsync($"/editor/edit/{Thesis}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = EditorSandbox.Token(form),
            ["_handler"] = "edit",
            ["Posted.Text"] = text,
            ["Posted.Base"] = form.QuerySelector("input[name='Posted.Base']")!.GetAttribute("value")!,
            ["Posted.Action"] = "publish",
        }));

        Assert.Contains("Bu yeni araştırmada", await reader.GetStringAsync($"/documents/{Thesis}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_page_is_tagged_with_its_document_so_one_document_can_be_dropped_alone()
    {
        var related = Sandbox.Factory.Services.GetRequiredService<RelatedLinks>();
        await related.WhenCurrent();
        var reader = Sandbox.Anonymous();
        await reader.GetStringAsync($"/documents/{Thesis}");
        await reader.GetStringAsync("/documents/002_f68ce36b87b3d29e");

        var store = Sandbox.Factory.Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>();
        await store.EvictByTagAsync(PageCache.DocumentTag(Thesis), CancellationToken.None);

        Assert.Null((await reader.GetAsync($"/documents/{Thesis}")).Headers.Age);
        Assert.NotNull((await reader.GetAsync("/documents/002_f68ce36b87b3d29e")).Headers.Age);
    }
}
