using System.Text;
using CorpusPortal.Corpus;
using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Ingestion;
using CorpusPortal.Model.Documents;
using CorpusPortal.Text;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Editing;

/// <summary>What an editor's paste or upload became: a document to preview, or a clear refusal.</summary>
public sealed record Draft(Document? Document, string? Problem, byte[] Raw, string FileName);

/// <summary>
/// Turns what an editor pastes or uploads into a document (raw text through the importer, a canonical file
/// through the corpus reader), and publishes it: the raw text kept byte for byte, the canonical file written
/// atomically, the index updated in one transaction, and the library refreshed so readers see it at once.
/// </summary>
public sealed class Publisher(CorpusLibrary library, SearchService search, RelatedLinks related, VersionHistory history, TimeProvider clock)
{
    /// <summary>One publish at a time: the conflict check and the save must not interleave with another editor's.</summary>
    private readonly Lock _gate = new();

    /// <summary>The hash of a document's canonical file as it is on disk now (null when there is none).</summary>
    public string? CurrentHash(string id) =>
        library.Folder.Exists(id) ? CorpusPortal.Search.Index.CorpusIndex.SourceHash(library.Folder, id) : null;

    public const int MaxBytes = RawTextDecoderLimits.MaxBytes;

    /// <summary>What <see cref="Publish"/> answers when a document would be replaced without the version it was checked against.</summary>
    public const string NeedsBase = "replacing a document needs the version you previewed: preview first, then publish";

    /// <summary>What <see cref="Publish"/> answers when someone else saved the document after the editor opened it.</summary>
    public const string Conflict = "conflict: someone saved this document after you opened it";

    /// <summary>A document changed in the portal (its metadata, its alignment) as a draft of its canonical file.</summary>
    public Draft Redraft(Document document) =>
        Read(document.Id + ".md", Encoding.UTF8.GetBytes(CanonicalWriter.Write(document)), null);

    /// <summary>
    /// Reads what an editor pasted or uploaded (a canonical file by its <c>.md</c> name, anything else through the
    /// importer) with the corpus's archive registry.
    /// </summary>
    public Draft Read(string fileName, byte[] bytes, string? id)
    {
        var name = Path.GetFileName(fileName);
        if (id is { Length: > 0 } && !DocumentIds.IsValid(id))
        {
            return new Draft(null, $"'{id}' is not a document id: lowercase letters, digits, '_' and '-' (at most 80)", bytes, name);
        }
        if (name != fileName || CorpusPortal.Corpus.Store.RawFileNames.Problem(name) is not null)
        {
            return new Draft(null, $"'{fileName}' is not a plain file name: {CorpusPortal.Corpus.Store.RawFileNames.Problem(name) ?? "it names a folder"}", bytes, name);
        }
        try
        {
            var document = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                ? CanonicalReader.Read(Encoding.UTF8.GetString(bytes), name, library.Folder.Archives)
                : Importer.Import(bytes, name, id is { Length: > 0 } ? id : null, library.Folder.Archives);
            return new Draft(document, null, bytes, name);
        }
        catch (ImportException e)
        {
            return new Draft(null, $"{name}{(e.Line is { } line ? $":{line}" : "")}: {e.Message}", bytes, name);
        }
        catch (CorpusFormatException e)
        {
            return new Draft(null, e.Message, bytes, name);
        }
    }

    /// <summary>
    /// Publishes a previewed draft. An existing document is replaced only when <paramref name="replace"/> says so and
    /// the editor names the version they started from (<paramref name="baseHash"/>), and only if nobody saved another
    /// since: otherwise the answer is a conflict and nothing is written. The replaced version is kept in the history.
    /// </summary>
    public string? Publish(Draft draft, bool replace, string? baseHash = null)
    {
        lock (_gate)
        {
            return PublishAlone(draft, replace, baseHash);
        }
    }

    private string? PublishAlone(Draft draft, bool replace, string? baseHash)
    {
        if (draft.Document is not { } document)
        {
            return draft.Problem ?? "nothing to publish";
        }
        var exists = library.Folder.Exists(document.Id);
        if (exists && !replace)
        {
            return $"document '{document.Id}' already exists";
        }
        var current = CurrentHash(document.Id);
        if (current is not null && baseHash is null)
        {
            return NeedsBase;
        }
        if (current is not null && current != baseHash)
        {
            return Conflict;
        }
        var isRaw = !draft.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        byte[]? previous = current is null ? null : File.ReadAllBytes(library.Folder.PathOf(document.Id));
        Document published;
        try
        {
            // Checked as a later start would read it before anything is written; the old version is kept only once the new one is valid.
            var prepared = library.Folder.Prepare(document, isRaw ? draft.FileName : null, isRaw ? draft.Raw : null);
            if (previous is not null)
            {
                history.Keep(document.Id, previous, clock.GetUtcNow());
            }
            published = library.Folder.Write(prepared);
            CorpusPortal.Model.Testing.KillPoints.Reach(CorpusPortal.Model.Testing.KillPoints.CanonicalWritten);
        }
        catch (CorpusFormatException e)
        {
            return e.Message;
        }
        search.Update(published);
        // Its related passages are found before readers can open it, so its first page is its whole page.
        related.Prepare(published);
        library.Replace(published);
        return null;
    }

    /// <summary>
    /// Takes a document out of the portal: its canonical file is kept in the history (restorable from there), then
    /// removed from the corpus, the index and the library. The raw source stays in corpus/raw.
    /// </summary>
    public string? Unpublish(string id, string? baseHash)
    {
        lock (_gate)
        {
            if (!DocumentIds.IsValid(id) || CurrentHash(id) is not { } current)
            {
                return $"no document '{id}'";
            }
            if (baseHash is not null && baseHash != current)
            {
                return Conflict;
            }
            history.Keep(id, File.ReadAllBytes(library.Folder.PathOf(id)), clock.GetUtcNow());
            library.Folder.Delete(id);
            search.Remove(id);
            library.Remove(id);
            return null;
        }
    }
}

/// <summary>The importer's size limit, shared with the upload form.</summary>
public static class RawTextDecoderLimits
{
    public const int MaxBytes = CorpusPortal.Ingestion.Text.RawTextDecoder.DefaultMaxBytes;
}
