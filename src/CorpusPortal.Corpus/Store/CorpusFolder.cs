using System.Text;
using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Ingestion;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Corpus.Store;

/// <summary>
/// The corpus on disk: one canonical file per document (<c>corpus/{id}.md</c>) and the raw sources, byte for
/// byte, in <c>corpus/raw/</c>. Every write goes to a temporary file first, is flushed, then renamed over the
/// old one, so a crash leaves the old or the new file, never half of one.
/// </summary>
public sealed class CorpusFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string RawFolder => Path.Combine(Root, "raw");

    public IEnumerable<string> Ids() => Directory.Exists(Root)
        ? Directory.EnumerateFiles(Root, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(DocumentIds.IsValid).Order(StringComparer.Ordinal)
        : [];

    public bool Exists(string id) => File.Exists(PathOf(id));

    public string PathOf(string id) => DocumentIds.IsValid(id)
        ? Path.Combine(Root, id + ".md")
        : throw new ArgumentException($"'{id}' is not a valid document id", nameof(id));

    public Document Read(string id)
    {
        var path = PathOf(id);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no document '{id}' in {Root}", path);
        }
        return CanonicalReader.Read(File.ReadAllText(path, Encoding.UTF8), path);
    }

    public IEnumerable<Document> ReadAll() => Ids().Select(Read);

    /// <summary>Writes the canonical file of <paramref name="document"/>, atomically.</summary>
    public void Save(Document document) => WriteAtomically(PathOf(document.Id), Encoding.UTF8.GetBytes(CanonicalWriter.Write(document)));

    /// <summary>Keeps a raw source byte for byte; returns false when an identical copy was already there.</summary>
    public bool SaveRaw(string fileName, byte[] bytes)
    {
        var name = Path.GetFileName(fileName);
        var path = Path.Combine(RawFolder, name);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }
        WriteAtomically(path, bytes);
        return true;
    }

    public void DeleteRaw(string fileName) => File.Delete(Path.Combine(RawFolder, Path.GetFileName(fileName)));

    public static void WriteAtomically(string path, byte[] bytes)
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
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
