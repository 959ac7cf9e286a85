using System.Net;

namespace CorpusPortal.Web.Tests.Hardening;

/// <summary>
/// One bad paper must never take the portal down: a document that would not read back is refused before anything is
/// written, and a bad file that reached the disk some other way is skipped at start, not fatal (issue 14).
/// </summary>
public sealed class BadPublishTests : SandboxTests
{
    private const string Front = "---\nid: kopru\nkind: journal-article\nlanguage: tr\nsource: ''\ntitle: {tr: Köprü}\nauthors: [Ayşe Deneme]\n---\n\n";

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "a paragraph anchored as a footnote", Front + "Metin köprü.[^1] {#fn-1}\n\n[^1]: Dipnot. {#fn-1}\n" },
        { "two footnotes numbered 1", Front + "Metin.[^1] Daha.[^01]\n\n[^1]: Bir.\n\n[^01]: İki.\n" },
        { "a note without a code", Front.Replace("authors: [Ayşe Deneme]", "authors: [Ayşe Deneme]\nimport-notes: [{severity: info}]", StringComparison.Ordinal) + "Metin.\n" },
        { "an empty language", Front.Replace("language: tr", "language: ~", StringComparison.Ordinal) + "Metin.\n" },
        { "an empty title", Front.Replace("title: {tr: Köprü}", "title: {tr: ~}", StringComparison.Ordinal) + "Metin.\n" },
        { "an id that is a path", Front.Replace("id: kopru", "id: ../../etc/x", StringComparison.Ordinal) + "Metin.\n" },
        { "Markdown nested 5,000 deep", Front + new string('>', 5000) + " derin\n" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_would_break_a_page_is_refused_and_nothing_is_written(string what, string text)
    {
        var client = await Sandbox.SignedIn();
        var before = Sandbox.CorpusFiles();

        var response = await EditorSandbox.PostImport(client, "kopru.md", text, "publish");

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, what + ": " + response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Matches(@"kopru\.md:\d+: ", page.QuerySelector("#import-problem")?.TextContent ?? "(no message)");
        Assert.Equal(before, Sandbox.CorpusFiles());
        await Sandbox.Restart();
        await PortalAnswers();
    }

    [Fact]
    public async Task A_bad_file_on_disk_is_skipped_at_start_and_shown_to_editors()
    {
        File.WriteAllText(Path.Combine(Sandbox.Corpus, "kopru.md"), Front + "Metin köprü.[^1] {#fn-1}\n\n[^1]: Dipnot. {#fn-1}\n");
        File.WriteAllText(Path.Combine(Sandbox.Corpus, "kesik.md"), "---\nid: kesik\nkind: jour");

        await PortalAnswers();
        var workspace = Html.Parse(await (await Sandbox.SignedIn()).GetStringAsync("/editor"));
        var problems = workspace.QuerySelectorAll("#unreadable li").Select(li => li.TextContent).ToList();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("kopru.md:10", StringComparison.Ordinal) && p.Contains("fn-1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("kesik.md:1", StringComparison.Ordinal) && p.Contains("not closed", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await Sandbox.Anonymous().GetAsync("/documents/kopru")).StatusCode);
    }

    [Fact]
    public async Task A_raw_file_of_another_paper_is_never_overwritten()
    {
        var client = await Sandbox.SignedIn();
        var thesis = Directory.EnumerateFiles(Path.Combine(Sandbox.Corpus, "raw"), "000_*").Single();
        var original = File.ReadAllBytes(thesis);

        var page = await EditorSandbox.Import(client, Path.GetFileName(thesis), "Giriş\n\nBaşka bir makalenin metni.\n", "publish", id: "baska");

        Assert.NotNull(page.QuerySelector("#import-published"));
        Assert.Equal(original, File.ReadAllBytes(thesis));
        var kept = Path.Combine(Sandbox.Corpus, "raw", Path.GetFileNameWithoutExtension(thesis) + "-2.txt");
        Assert.Equal("Giriş\n\nBaşka bir makalenin metni.\n", File.ReadAllText(kept));
        Assert.Contains("source: " + Path.GetFileName(kept), File.ReadAllText(Path.Combine(Sandbox.Corpus, "baska.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replacing_a_document_needs_the_version_that_was_previewed()
    {
        var client = await Sandbox.SignedIn();
        var before = Sandbox.CorpusFiles();
        const string Text = "Giriş\n\nTezin yeni metni.\n";

        var blind = await EditorSandbox.Import(client, "tez.txt", Text, "publish", id: "000_91073a8e0371b68b", replace: true);
        Assert.Contains("preview", blind.QuerySelector("#import-problem")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(before, Sandbox.CorpusFiles());

        var preview = await EditorSandbox.Import(client, "tez.txt", Text, "preview", id: "000_91073a8e0371b68b", replace: true);
        var previewed = preview.QuerySelector("input[name='Posted.Base']")!.GetAttribute("value")!;
        var published = await EditorSandbox.Import(client, "tez.txt", Text, "publish", id: "000_91073a8e0371b68b", replace: true, baseHash: previewed);

        Assert.NotNull(published.QuerySelector("#import-published"));
    }

    private async Task PortalAnswers()
    {
        var reader = Sandbox.Anonymous();
        foreach (var path in new[] { "/", "/documents", "/documents/000_91073a8e0371b68b", "/archive", "/works", "/search?q=köprü", "/api/search?q=köprü" })
        {
            var response = await reader.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
    }
}
