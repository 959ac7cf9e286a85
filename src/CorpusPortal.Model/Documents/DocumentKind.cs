namespace CorpusPortal.Model.Documents;

public enum DocumentKind
{
    Other,
    JournalArticle,
    ThesisAbstract,
    NewsArticle,
}
