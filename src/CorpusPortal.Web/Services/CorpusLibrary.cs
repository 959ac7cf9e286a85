using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Web.Services;

/// <summary>The corpus as the portal serves it: every document read once at start, in id order.</summary>
public sealed class CorpusLibrary
{
    private readonly Dictionary<string, Document> _byId;

    public CorpusLibrary(PortalOptions options)
    {
        Folder = new CorpusFolder(options.CorpusFolder);
        Documents = Folder.ReadAll().ToList();
        _byId = Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public CorpusFolder Folder { get; }

    public IReadOnlyList<Document> Documents { get; }

    public Document? Find(string id) => _byId.GetValueOrDefault(id);
}
