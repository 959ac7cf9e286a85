using System.CommandLine;
using CorpusPortal.Corpus.Json;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Ingestion;
using CorpusPortal.Model.Documents;
using CorpusPortal.Text;

namespace CorpusPortal.Cli.Commands;

/// <summary><c>export &lt;id&gt; --format json|outline|tei</c>: the whole document model, as JSON, an outline or TEI P5.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The document id" };
        var format = new Option<string>("--format") { Description = "json (the document model), outline (a readable dump) or tei (TEI P5 XML)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "outline", "tei");
        var corpus = CommonOptions.Corpus();
        var command = new Command("export", "Export a document") { id, format, corpus };
        command.SetAction(result =>
        {
            var folder = new CorpusFolder(result.GetValue(corpus)!);
            var documentId = result.GetValue(id)!;
            if (!DocumentIds.IsValid(documentId) || !folder.Exists(documentId))
            {
                return console.Refuse($"no document '{documentId}' in {folder.Root}");
            }
            var document = folder.Read(documentId);
            console.Out.Write(result.GetValue(format) switch
            {
                "outline" => DocumentOutline.Write(document),
                "tei" => System.Text.Encoding.UTF8.GetString(CorpusPortal.Corpus.Tei.TeiWriter.Write(document)) + "\n",
                _ => DocumentJson.Write(DocumentJson.Export(document)) + "\n",
            });
            return CliConsole.Ok;
        });
        return command;
    }
}
