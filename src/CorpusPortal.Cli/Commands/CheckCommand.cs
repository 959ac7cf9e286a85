using System.CommandLine;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Cli.Commands;

/// <summary>
/// <c>check</c>: the quality report of the corpus — footnote gaps, markers and notes without each other,
/// files that do not read (duplicate anchors or footnote numbers, bad front matter), lines of the glossary that do
/// not read, unresolved back-references, abstracts without their counterpart, probable mojibake, suspicious archival
/// citations. Exit code 1 when there is an error.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = CommonOptions.Corpus();
        var command = new Command("check", "Report quality problems; exit code 1 when there are errors") { corpus };
        command.SetAction(result =>
        {
            var folder = new CorpusFolder(result.GetValue(corpus)!);
            if (!Directory.Exists(folder.Root))
            {
                return console.Refuse($"{folder.Root}: no such corpus folder");
            }
            var contents = folder.Load();
            foreach (var problem in contents.Problems)
            {
                console.Out.WriteLine($"{problem.File}: error unreadable at {problem}");
            }
            var errors = contents.Problems.Count;
            foreach (var problem in CorpusPortal.Search.Index.CorpusIndex.Glossary(folder).Problems)
            {
                console.Out.WriteLine($"error in {problem}");
                errors++;
            }
            var warnings = 0;
            foreach (var document in contents.Documents)
            {
                var raw = Path.Combine("raw", document.Metadata.SourceFile);
                foreach (var warning in document.Warnings.Where(w => w.Severity != WarningSeverity.Info))
                {
                    var where = warning.Line is { } line ? $"{raw}:{line}" : raw;
                    console.Out.WriteLine($"{document.Id}: {warning.Severity.Name()} {warning.Code} at {where}: {warning.Message}");
                    errors += warning.Severity == WarningSeverity.Error ? 1 : 0;
                    warnings += warning.Severity == WarningSeverity.Warning ? 1 : 0;
                }
            }
            console.Out.WriteLine($"{errors} errors, {warnings} warnings");
            return errors > 0 ? CliConsole.Failed : CliConsole.Ok;
        });
        return command;
    }
}
