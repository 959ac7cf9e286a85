using CorpusPortal.Search.Query;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Components.Search;

/// <summary>
/// What the search page says about a query, in the interface's language: each code the query reader and the engine
/// give (<see cref="QueryNote"/>) in Turkish and English. A code added there without words here is said in English.
/// </summary>
public static class QueryNotes
{
    public static string Say(UiText ui, QueryNote note)
    {
        string V(int i) => i < note.Values.Count ? note.Values[i] : "";
        return note.Code switch
        {
            "unclosed-quote" => ui.T("QueryNote.unclosed-quote"),
            "unknown-filter" => ui.T("QueryNote.unknown-filter", V(0)),
            "short-prefix" => ui.T("QueryNote.short-prefix", V(0)),
            "too-long" => ui.T("QueryNote.too-long", V(0), V(1)),
            "empty" => ui.T("QueryNote.empty"),
            "too-many-terms" => ui.T("QueryNote.too-many-terms", V(0), V(1)),
            "nothing-to-look-for" => ui.T("QueryNote.nothing-to-look-for"),
            "only-filters" => ui.T("QueryNote.only-filters"),
            "only-exclusions" => ui.T("QueryNote.only-exclusions"),
            "stray-parenthesis" => ui.T("QueryNote.stray-parenthesis"),
            "one-sided-or" => ui.T("QueryNote.one-sided-or"),
            "empty-not" => ui.T("QueryNote.empty-not"),
            "excluded-filter" => ui.T("QueryNote.excluded-filter", V(0)),
            "unclosed-parenthesis" => ui.T("QueryNote.unclosed-parenthesis"),
            "bad-language" => ui.T("QueryNote.bad-language", V(0)),
            "bad-section" => ui.T("QueryNote.bad-section", V(0), V(1)),
            "bad-document" => ui.T("QueryNote.bad-document", V(0)),
            "bad-year" => ui.T("QueryNote.bad-year", V(0)),
            "bad-words" => ui.T("QueryNote.bad-words", V(0), V(1)),
            "too-many-words" => ui.T("QueryNote.too-many-words", V(0)),
            "only-stop-words" => ui.T("QueryNote.only-stop-words"),
            "no-letters" => ui.T("QueryNote.no-letters", V(0)),
            "stop-word" => ui.T("QueryNote.stop-word", V(0)),
            "stop-word-phrase" => ui.T("QueryNote.stop-word-phrase", V(0)),
            "not-in-corpus" => ui.T("QueryNote.not-in-corpus", V(0)),
            _ => note.Text,
        };
    }
}
