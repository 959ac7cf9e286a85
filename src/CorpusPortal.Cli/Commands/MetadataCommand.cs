using System.CommandLine;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Ingestion;
using CorpusPortal.Text;

namespace CorpusPortal.Cli.Commands;

/// <summary>
/// <c>metadata &lt;id&gt; [--title LANG=TEXT] [--author NAME] [--year N] [--kind KIND] [--set FIELD=VALUE]</c>: supplies metadata the source
/// lacks. The canonical file is rewritten atomically and records each supplied field as editorial.
/// </summary>
internal static class MetadataCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The document id" };
        var corpus = CommonOptions.Corpus();
        var metadata = new MetadataOptions();
        var command = new Command("metadata", "Supply metadata the source lacks (recorded as editorial)") { id, corpus };
        metadata.AddTo(command);
        command.SetAction(result =>
        {
            var folder = new CorpusFolder(result.GetValue(corpus)!);
            var documentId = result.GetValue(id)!;
            if (!DocumentIds.IsValid(documentId) || !folder.Exists(documentId))
            {
                return console.Refuse($"no document '{documentId}' in {folder.Root}");
            }
            var (edit, problem) = metadata.Read(result);
            if (edit is null)
            {
                return console.Refuse(problem!);
            }
            if (edit.IsEmpty)
            {
                return console.Refuse("nothing to change: give --title, --author, --year, --kind or --set");
            }
            var document = folder.Read(documentId);
            var edited = document with { Metadata = edit.ApplyTo(document.Metadata) };
            folder.Save(edited);
            console.Out.WriteLine($"{documentId}: editorial fields {string.Join(", ", edited.Metadata.EditorialFields)}");
            return CliConsole.Ok;
        });
        return command;
    }
}
