using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Components.Search;

/// <summary>What a reader sees for the codes a hit and a facet carry: a language's name, a kind of passage.</summary>
public static class SearchNames
{
    public static string Language(UiText ui, string code) => code switch
    {
        "tr" => ui.T("Türkçe", "Turkish"),
        "en" => ui.T("İngilizce", "English"),
        "az" => ui.T("Azerbaycan Türkçesi", "Azerbaijani"),
        _ => code,
    };

    public static string Kind(UiText ui, string kind) => kind switch
    {
        "abstract" => ui.T("Öz", "Abstract"),
        "body" => ui.T("Metin", "Body text"),
        "footnote" => ui.T("Dipnot", "Footnote"),
        "table" => ui.T("Tablo", "Table"),
        _ => kind,
    };
}
