using CorpusPortal.Corpus.Store;
using CorpusPortal.Ingestion;
using CorpusPortal.Analysis.Citations.Archival.Registry;
using CorpusPortal.Ingestion.Text;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Cli.Commands;

/// <summary>
/// One raw file read and imported, or the reason it cannot be (a message naming the file and, where it can, the
/// line): what <c>import</c> does for a file and for each file of a folder.
/// </summary>
internal static class RawFileLoad
{
    public sealed record Loaded(Document? Document, byte[]? Bytes, string? Problem);

    public static Loaded Load(FileInfo file, string? id, ArchiveRegistry archives)
    {
        if (!file.Exists)
        {
            return Refused($"{file.FullName}: no such file");
        }
        if (file.LinkTarget is { } target)
        {
            return Refused($"{file.FullName}: a symbolic link (to {target}); import the file itself");
        }
        // Pipes and devices have no length: refusing them here means a FIFO is never opened (which would wait for a
        // writer) and /dev/zero is never read (which would not end).
        if (file.Length == 0)
        {
            return Refused($"{file.FullName}: the file is empty, or not a regular file (a device or a pipe)");
        }
        if (file.Length > RawTextDecoder.DefaultMaxBytes)
        {
            return Refused($"{file.FullName}: the file is {file.Length:N0} bytes; the limit is {RawTextDecoder.DefaultMaxBytes:N0} bytes");
        }
        if (RawFileNames.Problem(file.Name) is { } nameProblem)
        {
            return Refused($"{file.FullName}: {nameProblem}; rename the file before importing it");
        }
        var bytes = ReadAtMost(file, RawTextDecoder.DefaultMaxBytes);
        if (bytes is null)
        {
            return Refused($"{file.FullName}: the file grew past the limit of {RawTextDecoder.DefaultMaxBytes:N0} bytes while it was read");
        }
        try
        {
            return new Loaded(Importer.Import(bytes, file.Name, id, archives), bytes, null);
        }
        catch (ImportException e)
        {
            return Refused($"{file.FullName}{(e.Line is { } line ? $":{line}" : "")}: {e.Message}");
        }
    }

    private static Loaded Refused(string problem) => new(null, null, problem);

    /// <summary>The file's bytes, or null when there are more than <paramref name="limit"/>.</summary>
    private static byte[]? ReadAtMost(FileInfo file, int limit)
    {
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var memory = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (memory.Length + read > limit)
            {
                return null;
            }
            memory.Write(chunk, 0, read);
        }
        return memory.ToArray();
    }
}
