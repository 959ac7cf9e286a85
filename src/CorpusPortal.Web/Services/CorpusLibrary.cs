using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Web.Services;

/// <summary>
/// The corpus as the portal serves it: every document read at start, in id order. A published document replaces
/// its old version at once (readers see it without a restart); <see cref="Version"/> tells caches built from the
/// library that it changed. Each version is an immutable snapshot: a reader sees one version whole.
/// </summary>
public sealed class CorpusLibrary
{
    private readonly Lock _gate = new();
    private Snapshot _snapshot;

    public CorpusLibrary(PortalOptions options, ILogger<CorpusLibrary> logger)
    {
        Folder = new CorpusFolder(options.CorpusFolder);
        var contents = Folder.Load();
        foreach (var problem in contents.Problems)
        {
            logger.LogError("skipped a canonical file that does not read: {Problem}", problem.ToString());
        }
        Problems = contents.Problems;
        _snapshot = new Snapshot([.. contents.Documents], 0);
    }

    /// <summary>The canonical files that did not read at start and are not served (shown in the editor workspace).</summary>
    public IReadOnlyList<CorpusProblem> Problems { get; private set; }

    public CorpusFolder Folder { get; }

    public IReadOnlyList<Document> Documents => _snapshot.Documents;

    public long Version => _snapshot.Version;

    /// <summary>The archive and works indexes of this version of the library, built with it (never on a reader's request).</summary>
    public CitationIndexes Citations => _snapshot.Citations;

    /// <summary>Raised after a document is published or unpublished, with its id (derived structures rebuild from it).</summary>
    public event Action<string>? Changed;

    public Document? Find(string id) => _snapshot.ById.GetValueOrDefault(id);

    /// <summary>Puts <paramref name="document"/> in the library, in place of any document with its id.</summary>
    public void Replace(Document document)
    {
        lock (_gate)
        {
            var documents = _snapshot.Documents.Where(d => d.Id != document.Id).Append(document)
                .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
            _snapshot = new Snapshot(documents, _snapshot.Version + 1);
        }
        Changed?.Invoke(document.Id);
    }

    /// <summary>
    /// Reads the corpus folder again (another process changed it: <c>corpus import</c> beside the portal) and tells
    /// which documents came, went or changed.
    /// </summary>
    public void Reload()
    {
        var contents = Folder.Load();
        List<string> changed;
        lock (_gate)
        {
            var before = _snapshot.ById;
            changed = contents.Documents.Where(d => !before.TryGetValue(d.Id, out var old) || !SameText(old, d)).Select(d => d.Id)
                .Concat(before.Keys.Where(id => contents.Documents.All(d => d.Id != id)))
                .ToList();
            _snapshot = new Snapshot([.. contents.Documents], _snapshot.Version + 1);
            Problems = contents.Problems;
        }
        foreach (var id in changed)
        {
            Changed?.Invoke(id);
        }
    }

    private static bool SameText(Document a, Document b) =>
        CorpusPortal.Corpus.Markdown.CanonicalWriter.Write(a) == CorpusPortal.Corpus.Markdown.CanonicalWriter.Write(b);

    /// <summary>Takes the document <paramref name="id"/> out of the library (it was unpublished).</summary>
    public void Remove(string id)
    {
        lock (_gate)
        {
            _snapshot = new Snapshot(_snapshot.Documents.Where(d => d.Id != id).ToList(), _snapshot.Version + 1);
        }
        Changed?.Invoke(id);
    }

    /// <summary>One version of the library and what is derived from it cheaply, built together and swapped in whole.</summary>
    private sealed record Snapshot(List<Document> Documents, long Version)
    {
        public Dictionary<string, Document> ById { get; } = Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);

        public CitationIndexes Citations { get; } = new(Documents, Version);
    }
}
