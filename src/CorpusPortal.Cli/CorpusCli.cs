using System.CommandLine;
using CorpusPortal.Cli.Commands;

namespace CorpusPortal.Cli;

/// <summary>The <c>corpus</c> command line: import, metadata, stats, check, export, index, search, words, user, backup, restore (docs/cli.md).</summary>
public static class CorpusCli
{
    public static RootCommand Build(TextWriter output, TextWriter error, TextReader? input = null)
    {
        var root = new RootCommand("CorpusPortal: import research texts into the canonical corpus, report on it, export it.");
        var console = new CliConsole(output, error) { In = input ?? Console.In };
        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(MetadataCommand.Create(console));
        root.Subcommands.Add(IndexCommand.Create(console));
        root.Subcommands.Add(SearchCommand.Create(console));
        root.Subcommands.Add(WordsCommand.Create(console));
        root.Subcommands.Add(UserCommand.Create(console));
        root.Subcommands.Add(BackupCommand.Create(console));
        root.Subcommands.Add(RestoreCommand.Create(console));
        Guard(root, console);
        return root;
    }

    /// <summary>Every command, at any depth (user add too), answers a bad file with one line and exit code 2.</summary>
    private static void Guard(Command parent, CliConsole console)
    {
        foreach (var command in parent.Subcommands)
        {
            if (command.Action is System.CommandLine.Invocation.SynchronousCommandLineAction action)
            {
                command.Action = new GuardedAction(action, console);
            }
            Guard(command, console);
        }
    }

    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader? input = null) =>
        Build(output, error, input).Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
}
