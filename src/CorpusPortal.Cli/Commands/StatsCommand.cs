using System.CommandLine;
using System.Text.Json.Nodes;
using CorpusPortal.Corpus.Json;
using CorpusPortal.Corpus.Store;

namespace CorpusPortal.Cli.Commands;

/// <summary><c>stats</c>: one summary per document of the corpus.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = CommonOptions.Corpus();
        var json = CommonOptions.Json();
        var command = new Command("stats", "Summarise every document of the corpus") { corpus, json };
        command.SetAction(result =>
        {
            var folder = new CorpusFolder(result.GetValue(corpus)!);
            if (!Directory.Exists(folder.Root))
            {
                return console.Refuse($"{folder.Root}: no such corpus folder");
            }
            var documents = CorpusReading.ReadAll(folder, console);
            if (result.GetValue(json))
            {
                console.Out.WriteLine(DocumentJson.Write(new JsonArray([.. documents.Select(d => (JsonNode)DocumentJson.Summary(d))])));
            }
            else
            {
                foreach (var document in documents)
                {
                    SummaryText.Write(console.Out, document);
                }
            }
            return CliConsole.Ok;
        });
        return command;
    }
}
