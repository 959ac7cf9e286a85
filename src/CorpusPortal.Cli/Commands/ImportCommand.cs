using System.CommandLine;
using CorpusPortal.Corpus.Json;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Ingestion;
using CorpusPortal.Ingestion.Text;
using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Index;

namespace CorpusPortal.Cli.Commands;

/// <summary>
/// <c>import &lt;raw-file&gt;</c>: imports a raw text into the corpus — a byte-for-byte copy in corpus/raw and the
/// canonical file corpus/{id}.md — and prints a summary. Bad input is refused with exit code 2 and writes nothing.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("raw-file") { Description = "The raw text of a paper (.txt)" };
        var corpus = CommonOptions.Corpus();
        var json = CommonOptions.Json();
        var replace = new Option<bool>("--replace") { Description = "Replace a document that already has this id" };
        var id = new Option<string?>("--id") { Description = "The document id (default: the file name without extension)" };
        var metadata = new MetadataOptions();
        var data = CommonOptions.Data();
        var command = new Command("import", "Import a raw text into the corpus (and into the search index, when there is one)") { file, corpus, json, replace, id, data };
        metadata.AddTo(command);
        command.SetAction(result =>
        {
            var (edit, problem) = metadata.Read(result);
            return edit is null
                ? console.Refuse(problem!)
                : Run(console, result.GetValue(file)!, new CorpusFolder(result.GetValue(corpus)!), result.GetValue(json), result.GetValue(replace), result.GetValue(id), edit, result.GetValue(data)!);
        });
        return command;
    }

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

    private static int Run(CliConsole console, FileInfo file, CorpusFolder corpus, bool json, bool replace, string? id, MetadataEdit edit, string data)
    {
        if (!file.Exists)
        {
            return console.Refuse($"{file.FullName}: no such file");
        }
        if (file.LinkTarget is { } target)
        {
            return console.Refuse($"{file.FullName}: a symbolic link (to {target}); import the file itself");
        }
        // Pipes and devices have no length: refusing them here means a FIFO is never opened (which would wait for a
        // writer) and /dev/zero is never read (which would not end).
        if (file.Length == 0)
        {
            return console.Refuse($"{file.FullName}: the file is empty, or not a regular file (a device or a pipe)");
        }
        if (file.Length > RawTextDecoder.DefaultMaxBytes)
        {
            return console.Refuse($"{file.FullName}: the file is {file.Length:N0} bytes; the limit is {RawTextDecoder.DefaultMaxBytes:N0} bytes");
        }
        if (RawFileNames.Problem(file.Name) is { } nameProblem)
        {
            return console.Refuse($"{file.FullName}: {nameProblem}; rename the file before importing it");
        }
        if (id is not null && !DocumentIds.IsValid(id))
        {
            return console.Refuse($"--id '{id}': ids are lowercase letters, digits, '_' and '-' (at most 80)");
        }
        var bytes = ReadAtMost(file, RawTextDecoder.DefaultMaxBytes);
        if (bytes is null)
        {
            return console.Refuse($"{file.FullName}: the file grew past the limit of {RawTextDecoder.DefaultMaxBytes:N0} bytes while it was read");
        }
        Document document;
        try
        {
            document = Importer.Import(bytes, file.Name, id, corpus.Archives);
        }
        catch (ImportException e)
        {
            return console.Refuse($"{file.FullName}{(e.Line is { } line ? $":{line}" : "")}: {e.Message}");
        }
        if (corpus.Exists(document.Id) && !replace)
        {
            return console.Refuse($"document '{document.Id}' already exists in {corpus.Root} (use --replace to replace it)");
        }
        // A re-import keeps what an editor supplied before, unless this import supplies it anew.
        var earlier = corpus.Exists(document.Id) ? MetadataEdit.EditorialPartOf(corpus.Read(document.Id).Metadata) : new MetadataEdit();
        var supplied = edit.Over(earlier);
        if (!supplied.IsEmpty)
        {
            document = document with { Metadata = supplied.ApplyTo(document.Metadata) };
        }
        document = corpus.Publish(document, file.Name, bytes);
        if (document.Metadata.SourceFile != file.Name)
        {
            console.Error.WriteLine($"note: corpus/raw/{file.Name} holds another text; this one is kept as corpus/raw/{document.Metadata.SourceFile}");
        }
        // An existing index learns of the document at once; an index that is missing is built later by index/search/the portal.
        if (Directory.Exists(Path.Combine(data, CorpusPortal.Search.Engine.PassageIndex.FolderName)))
        {
            using var index = CorpusIndex.OpenCurrent(corpus, data);
        }
        if (json)
        {
            console.Out.WriteLine(DocumentJson.Write(DocumentJson.Summary(document)));
        }
        else
        {
            SummaryText.Write(console.Out, document, corpus.PathOf(document.Id));
        }
        return CliConsole.Ok;
    }
}
