using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Components.Search;

/// <summary>What a reader sees for the codes a hit and a facet carry: a language's name, a kind of passage.</summary>
public static class SearchNames
{
    public static string Language(UiText ui, string code) => code switch
    {
        "tr" => ui.T("Common.Turkish"),
        "en" => ui.T("Common.English"),
        "az" => ui.T("SearchNames.Azerbaijani"),
        "ru" => ui.T("SearchNames.Russian"),
        _ => code,
    };

    public static string Kind(UiText ui, string kind) => kind switch
    {
        "abstract" => ui.T("SearchNames.Abstract"),
        "body" => ui.T("SearchNames.BodyText"),
        "footnote" => ui.T("SearchNames.Footnote"),
        "table" => ui.T("SearchNames.Table"),
        _ => kind,
    };
}
