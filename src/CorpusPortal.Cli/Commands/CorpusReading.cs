using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Documents;
using Spectre.Console;

namespace CorpusPortal.Cli.Commands;

/// <summary>Reads every document of a corpus, with a progress bar on an interactive terminal.</summary>
internal static class CorpusReading
{
    public static List<Document> ReadAll(CorpusFolder folder, CliConsole console)
    {
        var ids = folder.Ids().ToList();
        if (ids.Count < 50 || Console.IsErrorRedirected || !ReferenceEquals(console.Out, Console.Out))
        {
            return ids.Select(folder.Read).ToList();
        }
        var documents = new List<Document>();
        AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask("reading the corpus", maxValue: ids.Count);
            foreach (var id in ids)
            {
                documents.Add(folder.Read(id));
                task.Increment(1);
            }
        });
        return documents;
    }
}
