using CorpusPortal.Search.Query;
using CorpusPortal.Web.Services;

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
            "unclosed-quote" => ui.T("Bir tırnak kapanmamıştı; öbek sorgunun sonuna dek sürdü.", "A quotation mark was not closed; the phrase runs to the end of the query."),
            "unknown-filter" => ui.T($"“{V(0)}:” bir süzgeç değil (süzgeçler lang:, doc:, section:, year:); sözcük olarak okundu.", $"“{V(0)}:” is not a filter (the filters are lang:, doc:, section:, year:); it was read as words."),
            "short-prefix" => ui.T($"“{V(0)}”: önek araması için * öncesinde en az iki harf gerekir; sözcük olarak okundu.", $"“{V(0)}”: a prefix needs at least two letters before *; it was read as a word."),
            "too-long" => ui.T($"Sorgu {V(0)} karakter; sınır {V(1)}.", $"The query is {V(0)} characters long; the limit is {V(1)}."),
            "empty" => ui.T("Sorgu boş.", "The query is empty."),
            "too-many-terms" => ui.T($"Sorguda {V(0)} terim var; sınır {V(1)}.", $"The query has {V(0)} terms; the limit is {V(1)}."),
            "nothing-to-look-for" => ui.T("Sorguda aranacak bir şey yok.", "The query has nothing to look for."),
            "only-filters" => ui.T("Sorguda yalnız süzgeç var: aranacak bir sözcük ekleyin.", "The query has only filters: add a word to look for."),
            "only-exclusions" => ui.T("Sorgu yalnız sözcük dışlıyor: aranacak bir sözcük ekleyin.", "The query only excludes words: add a word to look for."),
            "stray-parenthesis" => ui.T("Açılmamış bir parantez kapanıyordu; yok sayıldı.", "A closing parenthesis had no opening one; it was ignored."),
            "one-sided-or" => ui.T("OR'un bir yanı boştu; yok sayıldı.", "OR had nothing on one side; it was ignored."),
            "empty-not" => ui.T("NOT (ya da -) sonrasında bir şey yoktu; yok sayıldı.", "NOT (or -) had nothing after it; it was ignored."),
            "excluded-filter" => ui.T($"Süzgeçler dışlanamaz: “-{V(0)}” yok sayıldı.", $"Filters cannot be excluded: “-{V(0)}” was ignored."),
            "unclosed-parenthesis" => ui.T("Bir parantez kapanmamıştı; sorgunun sonunda kapatıldı.", "A parenthesis was not closed; it was closed at the end of the query."),
            "bad-language" => ui.T($"lang:{V(0)} derlemin bir dili değil (lang:tr, lang:en ya da lang:az).", $"lang:{V(0)} is not a language of the corpus (use lang:tr, lang:en or lang:az)."),
            "bad-section" => ui.T($"section:{V(0)} bir pasaj türü değil (section:{V(1)}).", $"section:{V(0)} is not a kind of passage (use section:{V(1)})."),
            "bad-document" => ui.T($"doc:{V(0)} bir belge kimliği değil (küçük harfler, rakamlar, _ ve -).", $"doc:{V(0)} is not a document id (lowercase letters, digits, _ and -)."),
            "bad-year" => ui.T($"year:{V(0)} bir yıl ya da yıl aralığı değil (year:1991, year:1990..1995, year:..1995).", $"year:{V(0)} is not a year or a range of years (year:1991, year:1990..1995, year:..1995)."),
            "bad-words" => ui.T($"{V(0)}:{V(1)} içinde aranacak bir sözcük yok.", $"{V(0)}:{V(1)} has no word to look for."),
            "too-many-words" => ui.T($"Sorgu {V(0)} sözcükten fazlasına karşılık geliyor; önekleri uzatın ya da daha az sözcük kullanın.", $"The query stands for more than {V(0)} words; make its prefixes longer or use fewer words."),
            "only-stop-words" => ui.T("Sorguda yalnız çok sık geçen sözcükler var; daha çok şey söyleyen bir sözcük ekleyin.", "The query has only stop words; add a word that says more."),
            "no-letters" => ui.T($"“{V(0)}” içinde harf ya da rakam yok; yok sayıldı.", $"“{V(0)}” has no letters or digits; it was ignored."),
            "stop-word" => ui.T($"“{V(0)}” çok sık geçen bir sözcük; yok sayıldı.", $"“{V(0)}” is a stop word; it was ignored."),
            "stop-word-phrase" => ui.T($"“{V(0)}” yalnız çok sık geçen sözcüklerden oluşuyor; yok sayıldı.", $"“{V(0)}” has only stop words; it was ignored."),
            "not-in-corpus" => ui.T($"“{V(0)}” derlemde hiçbir biçimiyle yok; pasajlar öteki sözcüklere göre sıralandı.", $"“{V(0)}” is not in the corpus in any form; the passages are ranked by the other words."),
            _ => note.Text,
        };
    }
}
