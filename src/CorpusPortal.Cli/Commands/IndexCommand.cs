using System.CommandLine;
using System.Diagnostics;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Index;
using Spectre.Console;

namespace CorpusPortal.Cli.Commands;

/// <summary><c>index [--corpus DIR] [--data DIR]</c>: builds the search index from the corpus, with progress; files that do not read are left out and reported (exit code 1).</summary>
internal static class IndexCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = CommonOptions.Corpus();
        var data = CommonOptions.Data();
        var command = new Command("index", "Build the search index from the corpus") { corpus, data };
        command.SetAction(result =>
        {
            var folder = new CorpusFolder(result.GetValue(corpus)!);
            if (!Directory.Exists(folder.Root))
            {
                return console.Refuse($"{folder.Root}: no such corpus folder");
            }
            var watch = Stopwatch.StartNew();
            var count = folder.Ids().Count();
            var skipped = new List<CorpusProblem>();
            CorpusPortal.Search.Engine.PassageIndex index;
            if (Console.IsErrorRedirected || !ReferenceEquals(console.Out, Console.Out))
            {
                index = CorpusIndex.OpenCurrent(folder, result.GetValue(data)!, forceRebuild: true, skipped: skipped.Add);
            }
            else
            {
                index = null!;
                AnsiConsole.Progress().Start(context =>
                {
                    var task = context.AddTask("indexing", maxValue: Math.Max(1, count));
                    index = CorpusIndex.OpenCurrent(folder, result.GetValue(data)!, _ => task.Increment(1), forceRebuild: true, skipped: skipped.Add);
                });
            }
            using (index)
            {
                console.Out.WriteLine($"indexed {index.DocumentIds().Count} documents, {index.PassageCount} passages into {index.Path} in {watch.Elapsed.TotalSeconds:F1} s");
            }
            foreach (var problem in skipped)
            {
                console.Error.WriteLine($"error: {problem} (left out of the index)");
            }
            return skipped.Count == 0 ? CliConsole.Ok : CliConsole.Failed;
        });
        return command;
    }
}
