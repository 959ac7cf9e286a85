using System.Text;
using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Analysis.Citations.Archival.Registry;
using CorpusPortal.Model.Documents;
using CorpusPortal.Text;

namespace CorpusPortal.Corpus.Store;

/// <summary>
/// The corpus on disk: one canonical file per document (<c>corpus/{id}.md</c>) and the raw sources, byte for
/// byte, in <c>corpus/raw/</c>. Every write goes to a temporary file first, is flushed, then renamed over the
/// old one, so a crash leaves the old or the new file, never half of one.
/// </summary>
public sealed class CorpusFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    private readonly Lazy<ArchiveRegistry> _archives = new(() => LoadArchives(Path.GetFullPath(root)));

    /// <summary>
    /// The archives whose citations the corpus recognises: its <c>archives.yaml</c>, or the built-in registry when it
    /// has none. A registry that cannot be used throws <see cref="CorpusFormatException"/> naming its line.
    /// </summary>
    public ArchiveRegistry Archives => _archives.Value;

    public string ArchivesPath => Path.Combine(Root, ArchiveRegistry.FileName);

    public string RawFolder => Path.Combine(Root, "raw");

    public IEnumerable<string> Ids() => Directory.Exists(Root)
        ? Directory.EnumerateFiles(Root, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(DocumentIds.IsValid).Order(StringComparer.Ordinal)
        : [];

    public bool Exists(string id) => File.Exists(PathOf(id));

    public string PathOf(string id) => DocumentIds.IsValid(id)
        ? Path.Combine(Root, id + ".md")
        : throw new ArgumentException($"'{id}' is not a valid document id", nameof(id));

    /// <summary>Reads one document; a file that is not a canonical file of that id throws <see cref="CorpusFormatException"/>.</summary>
    public Document Read(string id)
    {
        var path = PathOf(id);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no document '{id}' in {Root}", path);
        }
        var document = CanonicalReader.Read(File.ReadAllText(path, Encoding.UTF8), path, Archives);
        return document.Id == id
            ? document
            : throw new CorpusFormatException(path, 2, $"the id in the front matter ('{document.Id}') is not the file's name ('{id}')");
    }

    /// <summary>Reads one document, or says why it cannot be read (a bad file, an unreadable one) without throwing.</summary>
    public (Document? Document, CorpusProblem? Problem) TryRead(string id)
    {
        try
        {
            return (Read(id), null);
        }
        catch (CorpusFormatException e)
        {
            return (null, CorpusProblem.From(e));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            return (null, new CorpusProblem(id + ".md", null, "cannot be read: " + e.Message));
        }
    }

    /// <summary>Every document that reads; the files that do not are reported, not fatal (one bad file must not stop a portal).</summary>
    public CorpusContents Load()
    {
        var documents = new List<Document>();
        var problems = new List<CorpusProblem>();
        foreach (var id in Ids())
        {
            var (document, problem) = TryRead(id);
            if (document is not null)
            {
                documents.Add(document);
            }
            else
            {
                problems.Add(problem!);
            }
        }
        return new CorpusContents(documents, problems);
    }

    /// <summary>Every document; throws on the first file that does not read (tools that need the whole corpus).</summary>
    public IEnumerable<Document> ReadAll() => Ids().Select(Read);

    /// <summary>
    /// Writes the canonical file of <paramref name="document"/>, atomically, after reading the text back as any later
    /// start would: a document that would not read (two blocks with one anchor, an empty title…) throws a
    /// <see cref="CorpusFormatException"/> and nothing is written. Returns the document as read back.
    /// </summary>
    public Document Save(Document document) => Publish(document, null, null);

    /// <summary>
    /// Publishes a document and the raw source it was imported from: <see cref="Prepare"/>, then <see cref="Write"/>.
    /// Returns the document as read back.
    /// </summary>
    public Document Publish(Document document, string? rawName, byte[]? rawBytes) => Write(Prepare(document, rawName, rawBytes));

    /// <summary>
    /// Checks a document before anything is written: its canonical text is read back as any later start would read
    /// it, and a document that would not read (two blocks with one anchor, an empty title…) throws a
    /// <see cref="CorpusFormatException"/>. The raw bytes are to be kept under <paramref name="rawName"/>, or, when
    /// corpus/raw already holds a different text of that name, under the first free <c>name-2.txt</c>,
    /// <c>name-3.txt</c>… (a raw source is never overwritten), and the document's <c>source</c> names the file kept.
    /// </summary>
    public PreparedDocument Prepare(Document document, string? rawName, byte[]? rawBytes)
    {
        var path = PathOf(document.Id);
        string? raw = null;
        if (rawName is not null && rawBytes is not null)
        {
            raw = FreeRawName(rawName, rawBytes);
            document = document with { Metadata = document.Metadata with { SourceFile = raw } };
        }
        var text = CanonicalWriter.Write(document);
        var readBack = CanonicalReader.Read(text, Path.GetFileName(path), Archives);
        return new PreparedDocument(readBack, path, Encoding.UTF8.GetBytes(text), raw, raw is null ? null : rawBytes);
    }

    /// <summary>
    /// Writes a prepared document: its raw source (when new), then its canonical file, atomically. If the canonical
    /// file cannot be written, a raw file written for it is removed again. Returns the document as read back.
    /// </summary>
    public Document Write(PreparedDocument prepared)
    {
        var wroteRaw = prepared.RawName is not null && SaveRaw(prepared.RawName, prepared.RawBytes!);
        CorpusPortal.Model.Testing.KillPoints.Reach(CorpusPortal.Model.Testing.KillPoints.RawWritten);
        try
        {
            WriteAtomically(prepared.Path, prepared.Canonical);
        }
        catch
        {
            if (wroteRaw)
            {
                File.Delete(Path.Combine(RawFolder, prepared.RawName!));
            }
            throw;
        }
        return prepared.Document;
    }

    /// <summary>Removes a document's canonical file (its raw source stays in corpus/raw).</summary>
    public void Delete(string id) => File.Delete(PathOf(id));

    /// <summary>
    /// The name under which <paramref name="bytes"/> can be kept as raw source <paramref name="fileName"/>: the name itself
    /// when it is free or already holds these bytes, otherwise the first free or identical <c>stem-N.ext</c>.
    /// </summary>
    public string FreeRawName(string fileName, byte[] bytes)
    {
        var name = Path.GetFileName(fileName);
        if (RawFileNames.Problem(name) is { } problem)
        {
            throw new ArgumentException($"'{fileName}': {problem}", nameof(fileName));
        }
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? name : $"{stem}-{n}{extension}";
            var path = Path.Combine(RawFolder, candidate);
            if (!File.Exists(path) || File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// Keeps a raw source byte for byte under a free name (see <see cref="FreeRawName"/>); returns false when an identical
    /// copy was already there. A raw file that holds other bytes is never replaced.
    /// </summary>
    public bool SaveRaw(string fileName, byte[] bytes)
    {
        var name = Path.GetFileName(fileName);
        var path = Path.Combine(RawFolder, name);
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)
                ? false
                : throw new IOException($"corpus/raw/{name} already holds another text; raw sources are never replaced");
        }
        WriteAtomically(path, bytes, replace: false);
        return true;
    }

    public static void WriteAtomically(string path, byte[] bytes, bool replace = true)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            CorpusPortal.Model.Testing.KillPoints.Reach(CorpusPortal.Model.Testing.KillPoints.TemporaryWritten);
            File.Move(temporary, path, overwrite: replace);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static ArchiveRegistry LoadArchives(string root)
    {
        var path = Path.Combine(root, ArchiveRegistry.FileName);
        if (!File.Exists(path))
        {
            return ArchiveRegistry.Default;
        }
        try
        {
            return ArchiveRegistry.Parse(File.ReadAllText(path, Encoding.UTF8), path);
        }
        catch (ArchiveRegistryException e)
        {
            throw new CorpusFormatException(e.File, e.Line, e.Problem);
        }
    }
}
