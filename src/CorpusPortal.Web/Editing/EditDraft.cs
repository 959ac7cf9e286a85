using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Editing;

/// <summary>The edit page's reading of its text box: a canonical file that must keep the document's id.</summary>
public static class EditDraft
{
    public static Draft Read(Publisher publisher, string id, byte[] text, UiText ui)
    {
        var draft = publisher.Read(id + ".md", text, null);
        return draft.Document is { } document && document.Id != id
            ? draft with { Problem = ui.T("EditDraft.TheIdInTheFront", document.Id, id) }
            : draft;
    }
}
