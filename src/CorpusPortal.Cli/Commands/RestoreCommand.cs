using System.CommandLine;
using CorpusPortal.Cli.Backups;

namespace CorpusPortal.Cli.Commands;

/// <summary>
/// <c>restore FILE [--corpus DIR] [--data DIR] [--replace]</c>: puts a backup's corpus and data in place, checked
/// against its manifest, with the index brought up to date (docs/deploy.md). The portal is stopped meanwhile.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The backup file (written by 'corpus backup')" };
        var corpus = CommonOptions.Corpus();
        var data = CommonOptions.Data();
        var replace = new Option<bool>("--replace")
        {
            Description = "Move the corpus and data folders that are there aside ({folder}.before-restore-{time}) instead of refusing",
        };
        var command = new Command("restore", "Restore a backup into the corpus and data folders (stop the portal first)") { file, corpus, data, replace };
        command.SetAction(result =>
        {
            try
            {
                var summary = CorpusBackup.Restore(result.GetValue(file)!, result.GetValue(corpus)!, result.GetValue(data)!, result.GetValue(replace),
                    DateTimeOffset.UtcNow, problem => console.Error.WriteLine($"warning: {problem} (restored, but left out of the index)"));
                console.Out.WriteLine($"restored {summary.Documents} documents ({summary.Passages} passages in the index) into {result.GetValue(corpus)} and {result.GetValue(data)}");
                foreach (var folder in summary.MovedAside)
                {
                    console.Out.WriteLine($"what was there is kept in {folder}");
                }
                return CliConsole.Ok;
            }
            catch (BackupException e)
            {
                return console.Refuse(e.Message);
            }
        });
        return command;
    }
}
