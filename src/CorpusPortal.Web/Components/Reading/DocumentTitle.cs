using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Localization;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Components.Reading;

/// <summary>
/// The title to show for a document: in its own language, else in any. A document whose source prints none (000,
/// a thesis abstract) is named as catalogues name an untitled work: a supplied label in square brackets and its
/// opening words, never a title made up for it, and never its internal id.
/// </summary>
public static class DocumentTitle
{
    private const int IncipitWords = 9;

    public static string Of(Document document, UiText ui) =>
        document.Metadata.Titles.TryGetValue(document.Metadata.PrimaryLanguage, out var own) ? own
        : document.Metadata.Titles.Values.FirstOrDefault() ?? Untitled(document, ui);

    /// <summary>The title of the document with this id in the library (the id itself if it has left the library).</summary>
    public static string Of(CorpusLibrary library, string id, UiText ui) => library.Find(id) is { } document ? Of(document, ui) : id;

    private static string Untitled(Document document, UiText ui)
    {
        var label = ui.T("DocumentTitle.Untitled");
        var first = document.Sections.Where(s => s.Language == document.Metadata.PrimaryLanguage).SelectMany(s => s.Blocks).OfType<Paragraph>().FirstOrDefault()
            ?? document.Paragraphs.FirstOrDefault();
        if (first is null)
        {
            return $"{label} {document.Id}";
        }
        var words = first.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= IncipitWords)
        {
            return $"{label} {first.Text}";
        }
        // Not ending on a little word ("ve…", "of…"): the opening words should read as a phrase.
        var kept = words.Take(IncipitWords).ToList();
        while (kept.Count > 1 && kept[^1].Length <= 3)
        {
            kept.RemoveAt(kept.Count - 1);
        }
        return $"{label} {string.Join(' ', kept).TrimEnd(',', ';', ':')}…";
    }
}
