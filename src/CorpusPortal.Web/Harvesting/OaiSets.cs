using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Components.Search;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Harvesting;

/// <summary>
/// The repository's sets: by kind of document (<c>kind:journal-article</c> …) and by language of its text
/// (<c>language:tr</c> …), each under its parent set (<c>kind</c>, <c>language</c>), named in English and Turkish.
/// </summary>
public static class OaiSets
{
    /// <summary>A set: its spec, and its name in English and in Turkish.</summary>
    public sealed record Set(string Spec, string Name, string NameTr);

    private static readonly UiText English = new("en"), Turkish = new("tr");

    public static IReadOnlyList<string> Of(Document document) =>
    [
        $"kind:{KindNames.Name(document.Metadata.Kind)}",
        .. document.Languages.Where(l => l != Languages.Unknown).Order(StringComparer.Ordinal).Select(l => $"language:{l}"),
    ];

    /// <summary>The two parent sets, then every set an item belongs to, in spec order.</summary>
    public static IReadOnlyList<Set> Listed(IEnumerable<OaiItem> items) =>
    [
        Named("kind"),
        Named("language"),
        .. items.SelectMany(i => i.Sets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(Named),
    ];

    private static Set Named(string spec) => new(spec, Name(spec, English), Name(spec, Turkish));

    private static string Name(string spec, UiText ui) => spec.Split(':', 2) switch
    {
        ["kind"] => ui.T("Oai.Set.Kind"),
        ["language"] => ui.T("Oai.Set.Language"),
        ["kind", "journal-article"] => ui.T("Oai.Set.JournalArticles"),
        ["kind", "thesis-abstract"] => ui.T("Oai.Set.ThesisAbstracts"),
        ["kind", "news-article"] => ui.T("Oai.Set.NewsArticles"),
        ["kind", _] => ui.T("Oai.Set.OtherDocuments"),
        [_, var language] => ui.T("Oai.Set.InLanguage", SearchNames.Language(ui, language)),
        _ => spec,
    };
}
