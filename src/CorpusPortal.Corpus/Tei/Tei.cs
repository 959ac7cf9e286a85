namespace CorpusPortal.Corpus.Tei;

/// <summary>The TEI P5 namespace and the names the corpus's TEI files use for its own values.</summary>
public static class Tei
{
    public const string Namespace = "http://www.tei-c.org/ns/1.0";

    /// <summary>The <c>idno</c> type of the document's id in the corpus.</summary>
    public const string IdType = "CorpusPortal";

    /// <summary>The <c>idno</c> type of the raw file the document was imported from.</summary>
    public const string SourceFileType = "source-file";

    public static string LanguageName(string code) => code switch
    {
        "tr" => "Turkish",
        "en" => "English",
        "az" => "Azerbaijani",
        "ru" => "Russian",
        _ => code,
    };
}
