namespace CorpusPortal.Web.Components.Reading;

/// <summary>The title to show for a document: in its own language, else in any, else its id.</summary>
public static class DocumentTitle
{
    public static string Of(Model.Documents.Document document) =>
        document.Metadata.Titles.TryGetValue(document.Metadata.PrimaryLanguage, out var own) ? own
        : document.Metadata.Titles.Values.FirstOrDefault() ?? document.Id;

    /// <summary>The title of the document with this id in the library (the id itself if it has left the library).</summary>
    public static string Of(Services.CorpusLibrary library, string id) => library.Find(id) is { } document ? Of(document) : id;
}
