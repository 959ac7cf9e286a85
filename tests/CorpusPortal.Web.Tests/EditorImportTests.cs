using System.Net;
using System.Text.Json.Nodes;
using CorpusPortal.Web.Editing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CorpusPortal.Web.Tests;

/// <summary>An editor pastes a paper, previews what the importer made of it, publishes it, and readers find it at once.</summary>
public sealed class EditorImportTests : SandboxTests
{
    private const string Paper = "Giriş\n\nHasret Köprüsü 1992 yılında açılmıştır.1 Köprü, iki ülkeyi birbirine bağlamaktadır (BCA. 30-18-1-2/669-133-4, 05.01.1991).\n\n1 Ali Veli, “Köprüler”, Kafkasya Dergisi, 2001, s. 5.\n";
    private Task<HttpClient> SignedIn() => Sandbox.SignedIn();

    private static Task<AngleSharp.Dom.IDocument> Post(HttpClient client, string fileName, string text, string action, string id = "") =>
        EditorSandbox.Import(client, fileName, text, action, id);

    [Fact]
    public async Task Readers_cannot_reach_the_import_page()
    {
        var response = await Sandbox.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/editor/import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_workspace_lists_each_documents_warnings_with_their_lines()
    {
        var client = await SignedIn();

        var workspace = Html.Parse(await client.GetStringAsync("/editor"));

        var warned = workspace.QuerySelectorAll("#warnings details").Single(d => d.QuerySelector("summary")!.TextContent.StartsWith("Turkey's Relations with Azerbaijan", StringComparison.Ordinal));
        Assert.Contains(warned.QuerySelectorAll("li"), li => li.TextContent.StartsWith("archival-probable-typo, satır ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_preview_shows_the_parse_and_publishes_nothing()
    {
        var client = await SignedIn();

        var page = await Post(client, "hasret.txt", Paper, "preview");

        Assert.Contains("hasret", page.GetElementById("preview-title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", page.QuerySelectorAll("dl.counts dd")[4].TextContent);
        Assert.Contains("← p-1", page.QuerySelector("ol.preview-footnotes li")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("ul.preview-citations li"), li => li.TextContent.Contains("BCA. 30-18-1-2/669-133-4", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(Sandbox.Folder, "corpus", "hasret.md")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/documents/hasret")).StatusCode);
    }

    [Fact]
    public async Task Warnings_point_at_their_line_in_the_source()
    {
        var client = await SignedIn();

        var page = await Post(client, "eksik.txt", "Giriş\n\nBu cümlenin dipnotu yoktur.1 Sonra devam eder.\n", "preview");

        var warning = page.QuerySelector("ul.warnings li")!;
        Assert.Contains("marker-without-note", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("3: Bu cümlenin dipnotu yoktur.1", warning.QuerySelector("pre.source-line")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_paper_is_read_and_found_at_once()
    {
        var client = await SignedIn();
        // The archive page is cached: publishing must drop it.
        Assert.DoesNotContain("/documents/hasret#", await client.GetStringAsync("/archive"), StringComparison.Ordinal);

        var page = await Post(client, "hasret.txt", Paper, "publish");

        Assert.Equal("/documents/hasret", page.QuerySelector("#import-published a")!.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(Sandbox.Folder, "corpus", "hasret.md")));
        Assert.Equal(Paper, File.ReadAllText(Path.Combine(Sandbox.Folder, "corpus", "raw", "hasret.txt")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/documents/hasret")).StatusCode);
        var search = JsonNode.Parse(await client.GetStringAsync("/api/search?q=Hasret+doc%3Ahasret"))!;
        Assert.True((int)search["total"]! >= 1);
        Assert.Contains("/documents/hasret#", await client.GetStringAsync("/archive"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_of_a_pasted_paper_is_read_into_its_record_and_cited_with_it()
    {
        const string paper = "Kafkasya Araştırmaları • Cilt 4 • Sayı 2 • s. 10-30\nDOI: 10.12345/kafkas.2021.7\n\nHasret Köprüsü\n\nAyşe DENEME*\n\n* Örnek Üniversitesi, ORCID: 0000-0002-1825-0097\n\nÖz\nHasret Köprüsü 1992 yılında açılmıştır ve iki ülkeyi bağlamaktadır.\n";
        var client = await SignedIn();

        var preview = await Post(client, "kopru.txt", paper, "preview");
        var record = preview.QuerySelector(".preview dl.document-meta")!.TextContent;
        Assert.Contains("Ayşe Deneme", record, StringComparison.Ordinal);
        Assert.Contains("Kafkasya Araştırmaları", record, StringComparison.Ordinal);
        Assert.DoesNotContain(preview.QuerySelectorAll(".warnings li strong"), w => w.TextContent == "no-authors");

        await Post(client, "kopru.txt", paper, "publish");
        var bibtex = await client.GetStringAsync("/documents/kopru/cite.bib");
        Assert.Contains("author = {Deneme, Ayşe}", bibtex, StringComparison.Ordinal);
        Assert.Contains("doi = {10.12345/kafkas.2021.7}", bibtex, StringComparison.Ordinal);
        Assert.Contains("pages = {10--30}", bibtex, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paper_without_authors_or_year_is_previewed_with_a_warning_for_each()
    {
        var preview = await Post(await SignedIn(), "hasret.txt", Paper, "preview");

        var codes = preview.QuerySelectorAll(".warnings li strong").Select(w => w.TextContent).ToList();
        Assert.Contains("no-authors", codes);
        Assert.Contains("no-year", codes);
    }

    [Theory]
    [InlineData("../../etc/passwd", "not a plain file name")]
    [InlineData("/tmp/x.txt", "not a plain file name")]
    [InlineData(".hidden.txt", "not a plain file name")]
    [InlineData("bos.txt", "empty")]
    public async Task Bad_input_gets_a_clear_message_and_writes_nothing(string fileName, string expected)
    {
        var client = await SignedIn();
        var before = Directory.GetFiles(Path.Combine(Sandbox.Folder, "corpus"), "*", SearchOption.AllDirectories).Length;

        var page = await Post(client, fileName, fileName == "bos.txt" ? "" : Paper, "publish");

        Assert.Contains(expected, page.GetElementById("import-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Path.Combine(Sandbox.Folder, "corpus"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task An_existing_document_is_not_replaced_unless_asked()
    {
        var client = await SignedIn();

        var page = await Post(client, "x.txt", Paper, "publish", id: "000_91073a8e0371b68b");

        Assert.Contains("already exists", page.GetElementById("import-problem")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<(string Token, string Text, string Base)> OpenEditor(HttpClient client, string path)
    {
        var page = Html.Parse(await client.GetStringAsync(path));
        return (page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            page.GetElementById("canonical")!.TextContent,
            page.QuerySelector("input[name='Posted.Base']")!.GetAttribute("value")!);
    }

    private static async Task<AngleSharp.Dom.IDocument> Save(HttpClient client, string id, string token, string text, string baseHash)
    {
        var response = await client.PostAsync($"/editor/edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "edit",
            ["Posted.Text"] = text,
            ["Posted.Base"] = baseHash,
            ["Posted.Action"] = "publish",
        }));
        return Html.Parse(await response.Content.ReadAsStringAsync());
    }

    private const string Thesis = "000_91073a8e0371b68b";

    [Fact]
    public async Task An_edit_is_published_and_the_previous_version_kept_and_compared()
    {
        var client = await SignedIn();
        var (token, text, baseHash) = await OpenEditor(client, $"/editor/edit/{Thesis}");

        var page = await Save(client, Thesis, token, text.Replace("Bu araştırmada", "Bu çalışmada", StringComparison.Ordinal), baseHash);

        Assert.NotNull(page.GetElementById("edit-saved"));
        Assert.Contains("Bu çalışmada", await client.GetStringAsync($"/documents/{Thesis}"), StringComparison.Ordinal);
        var history = Html.Parse(await client.GetStringAsync($"/editor/history/{Thesis}"));
        var compare = history.QuerySelectorAll("ol.versions a").Single(a => a.TextContent.Contains("current", StringComparison.Ordinal) || a.GetAttribute("href")!.Contains("b=current", StringComparison.Ordinal));
        var diff = Html.Parse(await client.GetStringAsync(compare.GetAttribute("href")!)).GetElementById("diff")!;
        Assert.Contains(diff.QuerySelectorAll("span.removed"), s => s.TextContent.Contains("Bu araştırmada", StringComparison.Ordinal));
        Assert.Contains(diff.QuerySelectorAll("span.added"), s => s.TextContent.Contains("Bu çalışmada", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_editor_saving_the_same_version_gets_a_conflict_not_an_overwrite()
    {
        var first = await SignedIn();
        var second = await SignedIn();
        var (token1, text1, base1) = await OpenEditor(first, $"/editor/edit/{Thesis}");
        var (token2, text2, base2) = await OpenEditor(second, $"/editor/edit/{Thesis}");
        await Save(first, Thesis, token1, text1.Replace("Bu araştırmada", "Birinci editör", StringComparison.Ordinal), base1);

        var page = await Save(second, Thesis, token2, text2.Replace("Bu araştırmada", "İkinci editör", StringComparison.Ordinal), base2);

        Assert.Contains("conflict", page.GetElementById("edit-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Birinci editör", page.GetElementById("their-version")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("İkinci editör", page.GetElementById("canonical")!.TextContent, StringComparison.Ordinal);
        var onDisk = File.ReadAllText(Path.Combine(Sandbox.Folder, "corpus", Thesis + ".md"));
        Assert.Contains("Birinci editör", onDisk, StringComparison.Ordinal);
        Assert.DoesNotContain("İkinci editör", onDisk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kept_version_can_be_restored()
    {
        var client = await SignedIn();
        var original = File.ReadAllText(Path.Combine(Sandbox.Folder, "corpus", Thesis + ".md"));
        var (token, text, baseHash) = await OpenEditor(client, $"/editor/edit/{Thesis}");
        await Save(client, Thesis, token, text.Replace("Bu araştırmada", "Değiştirildi", StringComparison.Ordinal), baseHash);
        var version = Html.Parse(await client.GetStringAsync($"/editor/history/{Thesis}")).QuerySelector("ol.versions a")!.GetAttribute("href")!.Split("version=")[1];

        var (restoreToken, restored, currentBase) = await OpenEditor(client, $"/editor/edit/{Thesis}?restore={version}");
        await Save(client, Thesis, restoreToken, restored, currentBase);

        Assert.Equal(original.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(Sandbox.Folder, "corpus", Thesis + ".md")).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("20260101T000000000Z-zzzz")]
    public async Task History_ignores_names_that_are_not_versions(string version)
    {
        var client = await SignedIn();

        var page = Html.Parse(await client.GetStringAsync($"/editor/history/{Thesis}?version={Uri.EscapeDataString(version)}"));

        Assert.Null(page.GetElementById("version-text"));
    }

    private static async Task<AngleSharp.Dom.IDocument> Upload(HttpClient client, string fileName, byte[] bytes, string action)
    {
        var form = Html.Parse(await client.GetStringAsync("/editor/import"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(EditorSandbox.Token(form)), "__RequestVerificationToken" },
            { new StringContent("import"), "_handler" },
            { new StringContent(action), "Posted.Action" },
            { new ByteArrayContent(bytes), "Posted.Upload", fileName },
        };
        var response = await client.PostAsync("/editor/import", content);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(page.GetElementById("import-problem") is null ? HttpStatusCode.OK : HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return page;
    }

    [Theory]
    [InlineData("kopru.docx")]
    [InlineData("kopru.pdf")]
    [InlineData("kopru.tei.xml")]
    public async Task An_uploaded_Word_file_PDF_or_TEI_file_is_previewed_with_its_headings_and_notes_and_published_byte_for_byte(string name)
    {
        var file = name.EndsWith(".pdf", StringComparison.Ordinal) ? Pdf()
            : name.EndsWith(".xml", StringComparison.Ordinal) ? CorpusPortal.Corpus.Tei.TeiWriter.Write(CorpusPortal.Ingestion.Importer.Import(Word(), "kopru.docx"))
            : Word();
        var client = await SignedIn();

        var preview = await Upload(client, name, file, "preview");
        var published = await Upload(client, name, file, "publish");

        Assert.Equal(["Giriş", "Sonuç"], preview.QuerySelectorAll(".preview ol:not(.preview-footnotes) > li").Select(li => li.ChildNodes[0].TextContent.Trim()));
        Assert.Contains("Ali Veli", preview.QuerySelector(".preview-footnotes")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(published.QuerySelector("#import-published a"));
        Assert.Equal(file, File.ReadAllBytes(Path.Combine(Sandbox.Folder, "corpus", "raw", name)));
    }

    private static byte[] Word() => new CorpusPortal.Ingestion.Tests.Sources.WordFile()
        .Heading("Giriş")
        .Paragraph("Hasret Köprüsü 1992 yılında açılmıştır.", new CorpusPortal.Ingestion.Tests.Sources.WordFile.Note("Ali Veli, “Köprüler”, 2001, s. 5."), " Köprü iki ülkeyi bağlar.")
        .Heading("Sonuç")
        .Paragraph("Köprü bugün de kullanılmaktadır.")
        .Bytes();

    /// <summary>A PDF set as the importer's fidelity set sets its papers.</summary>
    private static byte[] Pdf() => CorpusPortal.Benchmarks.Fidelity.PaperPdf.Write(CorpusPortal.Benchmarks.Fidelity.Paper.Parse(
        "# Giriş\n\nHasret Köprüsü 1992 yılında açılmıştır.[^Ali Veli, “Köprüler”, 2001, s. 5.] Köprü iki ülkeyi bağlar ve iki ülkenin halkları onu her gün kullanır.\n\n"
        + "# Sonuç\n\nKöprü bugün de iki ülkenin halkları tarafından her gün kullanılmaktadır ve ticaretin en önemli yoludur."),
        CorpusPortal.Benchmarks.Fidelity.PdfLayout.Journal);

    [Fact]
    public async Task An_uploaded_binary_file_is_refused_and_nothing_written()
    {
        var client = await SignedIn();

        var page = await Upload(client, "makale.txt", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02], "publish");

        Assert.Contains("binary", page.GetElementById("import-problem")!.TextContent, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Sandbox.Folder, "corpus", "makale.md")));
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_refused_saying_so_and_nothing_written()
    {
        var client = await SignedIn();
        var large = new byte[Publisher.MaxBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(large);

        var page = await Upload(client, "kalin.pdf", large, "publish");

        Assert.Contains($"{Publisher.MaxBytes:N0}", page.GetElementById("import-problem")!.TextContent, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Sandbox.Folder, "corpus", "raw", "kalin.pdf")));
    }

    [Fact]
    public async Task An_uploaded_Windows_1254_file_is_converted_with_a_visible_notice()
    {
        var client = await SignedIn();
        // "Türkiye ilişkileri gelişti." in Windows-1254 (ü = FC, ş = FE).
        byte[] legacy = [0x54, 0xFC, 0x72, 0x6B, 0x69, 0x79, 0x65, 0x20, 0x69, 0x6C, 0x69, 0xFE, 0x6B, 0x69, 0x6C, 0x65, 0x72, 0x69, 0x20, 0x67, 0x65, 0x6C, 0x69, 0xFE, 0x74, 0x69, 0x2E, 0x0A];

        var page = await Upload(client, "eski.txt", legacy, "preview");

        Assert.Contains(page.QuerySelectorAll("ul.warnings li"), li => li.TextContent.Contains("encoding-converted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_forged_import_without_the_forms_token_is_rejected()
    {
        var client = await SignedIn();

        var response = await client.PostAsync("/editor/import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "import",
            ["Posted.FileName"] = "sahte.txt",
            ["Posted.Text"] = Paper,
            ["Posted.Action"] = "publish",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(Sandbox.Folder, "corpus", "sahte.md")));
    }

    [Fact]
    public async Task An_absurdly_long_file_name_is_refused()
    {
        var client = await SignedIn();

        var page = await Post(client, new string('a', 5000) + ".txt", Paper, "publish");

        Assert.Contains("not a plain file name", page.GetElementById("import-problem")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_HTML_in_an_uploaded_canonical_file_is_shown_as_text()
    {
        var client = await SignedIn();
        const string markdown = "---\nid: html-deneme\nkind: other\nlanguage: tr\nsource: html-deneme.txt\n---\n\n# Giriş {#giris lang=tr}\n\nMetin <script>alert(1)</script> ve <img src=x onerror=alert(2)> [tık](javascript:alert(3)) sonu. {#p-1}\n";

        await Upload(client, "html-deneme.md", System.Text.Encoding.UTF8.GetBytes(markdown), "publish");
        var html = await client.GetStringAsync("/documents/html-deneme");

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }
}
