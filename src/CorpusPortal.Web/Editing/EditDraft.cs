using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Editing;

/// <summary>The edit page's reading of its text box: a canonical file that must keep the document's id.</summary>
public static class EditDraft
{
    public static Draft Read(string id, byte[] text, UiText ui)
    {
        var draft = Publisher.Read(id + ".md", text, null);
        return draft.Document is { } document && document.Id != id
            ? draft with { Problem = ui.T($"Ön bilgideki kimlik “{document.Id}”, “{id}” değil.", $"The id in the front matter is “{document.Id}”, not “{id}”.") }
            : draft;
    }
}
