using Microsoft.Playwright;

namespace CorpusPortal.Browser.Tests;

/// <summary>What a reader does, in a real browser.</summary>
public sealed class InteractionTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task Clicking_a_footnote_marker_in_002_shows_its_note()
    {
        var page = await portal.Open("/documents/002_f68ce36b87b3d29e");
        var marker = page.Locator("a[href='#fn-1']");

        await marker.HoverAsync();
        var popup = page.Locator("sup.fn-marker:has(a[href='#fn-1']) .fn-pop");
        Assert.True(await popup.IsVisibleAsync(), await page.EvaluateAsync<string>(
            "() => { const p = document.querySelector(\"sup.fn-marker:has(a[href='#fn-1']) .fn-pop\"); return p ? getComputedStyle(p).display + ' ' + document.querySelectorAll(\"a[href='#fn-1']\").length + ' ' + document.querySelector('sup.fn-marker:hover') : 'none'; }"));

        await marker.ClickAsync();
        Assert.EndsWith("#fn-1", page.Url, StringComparison.Ordinal);
        var note = page.Locator("#fn-1");
        Assert.True(await note.IsVisibleAsync(), "note not visible: " + await page.EvaluateAsync<string>("() => { const n = document.getElementById('fn-1'); const r = n.getBoundingClientRect(); return n.outerHTML.slice(0, 200) + ' ' + r.width + 'x' + r.height + ' ' + getComputedStyle(n).display; }"));
        Assert.Contains("Sevilay Yıldırım", await note.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_phone_a_tap_on_a_footnote_marker_shows_its_note_and_a_second_tap_goes_to_it()
    {
        var context = await portal.Browser.NewContextAsync(new() { HasTouch = true, IsMobile = true, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/documents/002_f68ce36b87b3d29e");
        var marker = page.Locator("a[href='#fn-1']");
        var popup = page.Locator("sup.fn-marker:has(a[href='#fn-1']) .fn-pop");

        await marker.TapAsync();

        Assert.True(await popup.IsVisibleAsync());
        Assert.DoesNotContain("#fn-1", page.Url, StringComparison.Ordinal);
        Assert.Contains("Sevilay Yıldırım", await popup.InnerTextAsync(), StringComparison.Ordinal);
        var box = (await popup.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"the note runs off the screen: {box.X} + {box.Width}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "footnote-tap.png") });

        await marker.TapAsync();

        await page.WaitForURLAsync("**#fn-1");
        await page.Locator("h1").TapAsync();
        Assert.False(await popup.IsVisibleAsync());
        await context.DisposeAsync();
    }

    [Fact]
    public async Task Focusing_a_Turkish_sentence_marks_its_English_counterpart()
    {
        var page = await portal.Open("/documents/000_91073a8e0371b68b?view=parallel");
        var turkish = page.Locator(".pair .cell[lang=tr] .s").First;
        var english = page.Locator($".pair .cell[lang=en] .s[data-pair='{await turkish.GetAttributeAsync("data-pair")}']");
        var before = await Background(english);

        await turkish.FocusAsync();

        Assert.Equal("rgb(255, 229, 138)", await Background(english));
        Assert.NotEqual(before, await Background(english));
        Assert.StartsWith("In this research", await english.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sentence_alignment_is_drawn_on_request_and_pairs_stack_on_a_phone()
    {
        await using var phone = await portal.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await phone.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/documents/000_91073a8e0371b68b?view=parallel");
        var number = page.Locator(".pair .pair-number").First;
        Assert.False(await number.IsVisibleAsync());

        await page.ClickAsync("label[for=show-links]");

        Assert.True(await number.IsVisibleAsync());
        Assert.Equal("1", await number.InnerTextAsync());
        var turkish = await page.Locator(".pair .cell[lang=tr]").First.BoundingBoxAsync();
        var english = await page.Locator(".pair .cell[lang=en]").First.BoundingBoxAsync();
        Assert.True(english!.Y >= turkish!.Y + turkish.Height, "on a phone the English sentence is under the Turkish one");
    }

    [Fact]
    public async Task Find_in_this_document_counts_the_matches_and_steps_through_them()
    {
        var page = await portal.Open("/documents/002_f68ce36b87b3d29e");

        await page.FillAsync("#find-q", "Karabağ");
        await page.PressAsync("#find-q", "Enter");
        await page.WaitForSelectorAsync("#find-count");
        var total = await page.Locator("mark[id^='m-']").CountAsync();
        Assert.Equal($"{total} sonuç", await page.InnerTextAsync("#find-count"));

        await page.ClickAsync("#find-next");
        await page.ClickAsync("#find-next");
        Assert.Equal($"2 / {total} sonuç", await page.InnerTextAsync("#find-count"));
        Assert.Contains("current", await page.GetAttributeAsync("#m-2", "class") ?? "", StringComparison.Ordinal);
        Assert.True(await page.Locator("#m-2").EvaluateAsync<bool>("m => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"));

        await page.ClickAsync("#find-prev");
        await page.ClickAsync("#find-prev");
        Assert.Equal($"{total} / {total} sonuç", await page.InnerTextAsync("#find-count"));
    }

    [Fact]
    public async Task On_a_touch_screen_a_paragraphs_link_shows_without_hovering()
    {
        await using var phone = await portal.Browser.NewContextAsync(new() { HasTouch = true, IsMobile = true, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await phone.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/documents/002_f68ce36b87b3d29e");

        var link = page.Locator("#p-13 a.anchor-link").First;

        Assert.True(await link.IsVisibleAsync());
        await link.TapAsync();
        await page.WaitForURLAsync("**#p-13");
    }

    private static Task<string> Background(ILocator element) => element.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");

    [Fact]
    public async Task Searching_koprü_and_following_a_hit_lands_on_the_marked_paragraph()
    {
        var page = await portal.Open("/");
        await page.FillAsync("#home-q", "köprü");
        await page.PressAsync("#home-q", "Enter");
        await page.WaitForURLAsync("**/search?q=*");

        await page.Locator("a.hit-link").First.ClickAsync();
        await page.WaitForURLAsync("**/documents/**");

        var anchor = new Uri(page.Url).Fragment.TrimStart('#');
        var paragraph = page.Locator($"[id='{anchor}']");
        Assert.True(await paragraph.IsVisibleAsync());
        Assert.True(await paragraph.Locator("mark").CountAsync() > 0);
        Assert.True(await paragraph.EvaluateAsync<bool>("p => p.matches(':target')"));
    }

    [Fact]
    public async Task Changing_the_interface_language_is_remembered()
    {
        var context = await portal.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/documents");

        await page.ClickAsync("nav.ui-language a[lang=en]");
        await page.WaitForURLAsync("**/documents");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));

        await page.GotoAsync(portal.BaseUrl + "/");
        Assert.Equal("Library", await page.Locator("header nav a[href='/documents']").InnerTextAsync());
        await context.DisposeAsync();
    }
}
