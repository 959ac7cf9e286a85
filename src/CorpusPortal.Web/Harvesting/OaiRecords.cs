using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Harvesting;

/// <summary>
/// The repository's catalog for the library's current version: built once per version, by one request while the
/// others wait for it (publishes are rare, harvests long), and never changed once built.
/// </summary>
public sealed class OaiRecords(CorpusLibrary library, PublishDates dates, ILogger<OaiRecords> logger)
{
    private readonly Lock _gate = new();
    // A reference, swapped whole: a reader never sees one version's number with another's catalog.
    private volatile Built? _built;

    public OaiCatalog Current
    {
        get
        {
            var version = library.Version;
            if (_built is { } built && built.Version == version)
            {
                return built.Catalog;
            }
            lock (_gate)
            {
                if (_built is { } again && again.Version == version)
                {
                    return again.Catalog;
                }
                var catalog = OaiCatalog.Of(library.Documents, dates, ReadKept);
                _built = new Built(version, catalog);
                return catalog;
            }
        }
    }

    private sealed record Built(long Version, OaiCatalog Catalog);

    private Document? ReadKept(string text)
    {
        try
        {
            return CanonicalReader.Read(text, "history", library.Folder.Archives);
        }
        catch (Exception e) when (e is CorpusPortal.Corpus.CorpusFormatException or FormatException)
        {
            logger.LogWarning("a kept version of a deleted document does not read, so its sets are not known: {Problem}", e.Message);
            return null;
        }
    }
}
