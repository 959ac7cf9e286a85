using CorpusPortal.Web.Editing;

namespace CorpusPortal.Web.Services;

/// <summary>
/// When each document was last published or unpublished, as harvesters and crawlers are told (sitemap.xml, OAI-PMH).
/// A save writes the canonical file and keeps the version it replaces, stamped with that moment; a document's date is
/// the later of the two (its file's date alone after a fresh clone, where nothing is kept yet). An unpublished
/// document's date is that of its last kept version: the moment it was taken out.
/// </summary>
public sealed class PublishDates(CorpusLibrary library, VersionHistory history)
{
    /// <summary>When the document <paramref name="id"/>, which is in the library, was last published.</summary>
    public DateTimeOffset LastPublished(string id)
    {
        var path = library.Folder.PathOf(id);
        var written = File.Exists(path) ? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) : DateTimeOffset.UnixEpoch;
        return history.List(id) is [var newest, ..] && newest.Saved > written ? newest.Saved : written;
    }

    /// <summary>The documents that were published once and are no longer: their ids, when they were taken out, and their last text.</summary>
    public IEnumerable<(string Id, DateTimeOffset Removed, string? LastText)> Unpublished()
    {
        foreach (var id in history.Ids())
        {
            if (library.Find(id) is null && history.List(id) is [var newest, ..])
            {
                yield return (id, newest.Saved, history.Read(id, newest.Name));
            }
        }
    }
}
