using System.Text;
using Bunit;
using CorpusPortal.Web.Components.Editing;
using CorpusPortal.Web.Editing;
using CorpusPortal.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>
/// The edit page's live preview in bUnit: prerendered from the draft the page read, taken over by its circuit
/// without reading the paper again, and following the text box after each pause in the typing — problems in
/// the front matter named with their line as the editor types.
/// </summary>
public sealed class LivePreviewTests : BunitContext, IClassFixture<SeedServices>
{
    private const string Thesis = "000_91073a8e0371b68b";
    private readonly SeedServices _seeds;
    private readonly PreviewHandoff _drafts = new(TimeProvider.System);
    private readonly BunitJSModuleInterop _module;

    public LivePreviewTests(SeedServices seeds)
    {
        _seeds = seeds;
        seeds.AddTo(Services);
        Services.AddSingleton(_drafts);
        DefaultWaitTimeout = TimeSpan.FromSeconds(15);
        _module = JSInterop.SetupModule("/editor-text.js");
        _module.SetupVoid("watch", _ => true).SetVoidResult();
    }

    private string Canonical => File.ReadAllText(_seeds.Library.Folder.PathOf(Thesis));

    private string HandOver(string text) => _drafts.Keep(EditDraft.Read(_seeds.Publisher, Thesis, Encoding.UTF8.GetBytes(text), new UiText("tr")));

    private IRenderedComponent<LivePreview> Open(string? handoff, bool interactive, string language = "tr")
    {
        SetRendererInfo(new RendererInfo(interactive ? "Server" : "Static", isInteractive: interactive));
        return Render<LivePreview>(parameters => parameters
            .Add(p => p.Id, Thesis).Add(p => p.Source, "canonical").Add(p => p.Handoff, handoff).Add(p => p.Language, language));
    }

    /// <summary>What the text box holds when the preview reads it.</summary>
    private void BoxHolds(string text) =>
        _module.Setup<IJSStreamReference>("text", _ => true).SetResult(new TextInTheBox(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Prerendering_shows_the_draft_the_page_read_and_keeps_it_for_the_circuit()
    {
        var key = HandOver(Canonical.Replace("Bu araştırmada", "Önceden okunan", StringComparison.Ordinal));

        var preview = Open(key, interactive: false);

        Assert.Contains("Önceden okunan", preview.Find("#live-preview").TextContent, StringComparison.Ordinal);
        Assert.NotNull(_drafts.Find(key));
    }

    [Fact]
    public void The_circuit_takes_the_handed_over_draft_instead_of_reading_the_paper_again()
    {
        var key = HandOver(Canonical.Replace("Bu araştırmada", "Devralınan", StringComparison.Ordinal));

        var preview = Open(key, interactive: true);

        Assert.Contains("Devralınan", preview.Find("#live-preview").TextContent, StringComparison.Ordinal);
        Assert.Null(_drafts.Find(key));
        Assert.DoesNotContain(_module.Invocations, i => i.Identifier == "text");
        Assert.Equal("true", preview.Find(".live-preview").GetAttribute("data-interactive"));
    }

    [Fact]
    public async Task After_a_pause_in_the_typing_the_preview_shows_the_text_in_the_box()
    {
        var preview = Open(HandOver(Canonical), interactive: true);
        BoxHolds(Canonical.Replace("Bu araştırmada", "Canlı önizleme", StringComparison.Ordinal));

        await preview.InvokeAsync(() => preview.Instance.TextChanged());

        Assert.Contains("Canlı önizleme", preview.Find("#live-preview").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_in_a_burst_reads_the_box_once()
    {
        var preview = Open(HandOver(Canonical), interactive: true);
        BoxHolds(Canonical);

        await preview.InvokeAsync(() => Task.WhenAll(Enumerable.Range(0, 5).Select(_ => preview.Instance.TextChanged())));

        Assert.Single(_module.Invocations, i => i.Identifier == "text");
    }

    [Theory]
    [InlineData("title: {}", "title: {tr: ''}", 6, "title 'tr' is empty")]
    [InlineData("keywords: {}", "keywords: {tr: {label: '', terms: ['']}}", 8, "a keyword is empty")]
    [InlineData("import-notes: []", "import-notes: [{severity: info}]", 11, "import note 1 has no code")]
    public async Task An_empty_front_matter_value_is_named_with_its_line_as_the_editor_types(string field, string emptied, int line, string problem)
    {
        var preview = Open(HandOver(Canonical), interactive: true);
        BoxHolds(Canonical.Replace(field, emptied, StringComparison.Ordinal));

        await preview.InvokeAsync(() => preview.Instance.TextChanged());

        var alert = preview.Find("#live-preview p.error").TextContent;
        Assert.StartsWith($"{Thesis}.md:{line}: front matter: ", alert, StringComparison.Ordinal);
        Assert.Contains(problem, alert, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_id_is_refused_in_the_interface_language()
    {
        var preview = Open(HandOver(Canonical), interactive: true, language: "en");
        BoxHolds(Canonical.Replace($"id: {Thesis}", "id: baska-belge", StringComparison.Ordinal));

        await preview.InvokeAsync(() => preview.Instance.TextChanged());

        Assert.Equal($"The id in the front matter is “baska-belge”, not “{Thesis}”.", preview.Find("#live-preview p.error").TextContent);
    }

    [Fact]
    public async Task A_text_over_the_size_limit_is_not_read()
    {
        var preview = Open(HandOver(Canonical), interactive: true, language: "en");
        BoxHolds(new string('a', Publisher.MaxBytes + 1));

        await preview.InvokeAsync(() => preview.Instance.TextChanged());

        Assert.Equal("The text is too long: at most 8 MiB.", preview.Find("#live-preview p.error").TextContent);
    }

    /// <summary>The bytes of a text box as the browser streams them.</summary>
    private sealed class TextInTheBox(byte[] bytes) : IJSStreamReference
    {
        public long Length => bytes.Length;

        public ValueTask<Stream> OpenReadStreamAsync(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<Stream>(new MemoryStream(bytes));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
