using System.CommandLine;
using CorpusPortal.Corpus.Json;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Ingestion;
using CorpusPortal.Ingestion.Text;
using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Index;
using CorpusPortal.Text;

namespace CorpusPortal.Cli.Commands;

/// <summary>
/// <c>import &lt;raw-file&gt;</c>: imports a raw text into the corpus — a byte-for-byte copy in corpus/raw and the
/// canonical file corpus/{id}.md — and prints a summary. Bad input is refused with exit code 2 and writes nothing.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("raw-file") { Description = "A paper (text, web page or Word file), or a folder of them" };
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
            var path = result.GetValue(file)!;
            if (Directory.Exists(path.FullName))
            {
                return edit is null || !edit.IsEmpty || result.GetValue(id) is not null
                    ? console.Refuse("--id and metadata options name one paper; they cannot be given with a folder")
                    : BatchImport.Run(console, new DirectoryInfo(path.FullName), new CorpusFolder(result.GetValue(corpus)!), result.GetValue(json), result.GetValue(replace), result.GetValue(data)!);
            }
            return edit is null
                ? console.Refuse(problem!)
                : Run(console, result.GetValue(file)!, new CorpusFolder(result.GetValue(corpus)!), result.GetValue(json), result.GetValue(replace), result.GetValue(id), edit, result.GetValue(data)!);
        });
        return command;
    }

    private static int Run(CliConsole console, FileInfo file, CorpusFolder corpus, bool json, bool replace, string? id, MetadataEdit edit, string data)
    {
        if (id is not null && !DocumentIds.IsValid(id))
        {
            return console.Refuse($"--id '{id}': ids are lowercase letters, digits, '_' and '-' (at most 80)");
        }
        var (loaded, bytes, problem) = RawFileLoad.Load(file, id, corpus.Archives);
        if (loaded is null)
        {
            return console.Refuse(problem!);
        }
        var document = loaded;
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
        CorpusPortal.Model.Testing.KillPoints.Reach(CorpusPortal.Model.Testing.KillPoints.CanonicalWritten);
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
