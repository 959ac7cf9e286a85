namespace CorpusPortal.Model.Documents;

/// <summary>Document kinds as they are spelt in files and JSON: <c>journal-article</c>, <c>thesis-abstract</c> …</summary>
public static class KindNames
{
    private static readonly Dictionary<DocumentKind, string> Names = new()
    {
        [DocumentKind.JournalArticle] = "journal-article",
        [DocumentKind.ThesisAbstract] = "thesis-abstract",
        [DocumentKind.NewsArticle] = "news-article",
        [DocumentKind.Other] = "other",
    };

    public static IEnumerable<string> All => Names.Values;

    public static string Name(DocumentKind kind) => Names[kind];

    public static DocumentKind? Parse(string name) =>
        Names.FirstOrDefault(n => string.Equals(n.Value, name, StringComparison.Ordinal)) is { Value: not null } found ? found.Key : null;
}
