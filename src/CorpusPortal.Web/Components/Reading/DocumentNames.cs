using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Components.Search;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Components.Reading;

/// <summary>What a reader sees for a document's codes: its kind and its languages in words.</summary>
public static class DocumentNames
{
    public static string Kind(UiText ui, DocumentKind kind) => kind switch
    {
        DocumentKind.JournalArticle => ui.T("DocumentNames.JournalArticle"),
        DocumentKind.ThesisAbstract => ui.T("Common.ThesisAbstract"),
        DocumentKind.NewsArticle => ui.T("DocumentNames.NewsArticle"),
        _ => ui.T("DocumentNames.Other"),
    };

    /// <summary>The languages a document is written in, in words ("Türkçe, İngilizce"); unknown ones left out.</summary>
    public static string Languages(UiText ui, Document document) =>
        string.Join(", ", document.Languages.Where(l => l != Model.Documents.Languages.Unknown).Select(l => SearchNames.Language(ui, l)));
}
