namespace CorpusPortal.Model.Documents;

/// <summary>Language codes used throughout the corpus (BCP 47 primary subtags).</summary>
public static class Languages
{
    public const string Turkish = "tr";
    public const string English = "en";
    public const string Azerbaijani = "az";
    public const string Russian = "ru";
    public const string Unknown = "und";
}
