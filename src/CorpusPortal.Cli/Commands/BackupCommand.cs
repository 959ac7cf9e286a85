using System.CommandLine;
using System.Globalization;
using CorpusPortal.Cli.Backups;

namespace CorpusPortal.Cli.Commands;

/// <summary>
/// <c>backup [--corpus DIR] [--data DIR] [--to FILE]</c>: a consistent snapshot of the corpus and the data, taken while
/// the portal runs, in one archive (docs/deploy.md).
/// </summary>
internal static class BackupCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = CommonOptions.Corpus();
        var data = CommonOptions.Data();
        var to = new Option<string?>("--to")
        {
            Description = "The backup file to write (default: corpus-backup-{UTC time}.tar.gz in the current folder)",
        };
        var command = new Command("backup", "Write a consistent snapshot of the corpus and the data (index, accounts, history, keys), also while the portal runs") { corpus, data, to };
        command.SetAction(result =>
        {
            var now = DateTimeOffset.UtcNow;
            var archive = result.GetValue(to) ?? $"corpus-backup-{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.tar.gz";
            try
            {
                var summary = CorpusBackup.Create(result.GetValue(corpus)!, result.GetValue(data)!, archive, now);
                var index = summary.IndexGeneration is { } generation ? $"the index at commit {generation}" : "no index (the portal builds one on start)";
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"backed up {summary.Documents} documents and {index}: {summary.Files} files, {summary.Bytes / 1e6:F1} MB, to {summary.Archive}"));
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
