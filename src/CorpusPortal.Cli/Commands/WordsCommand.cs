using System.CommandLine;
using System.Text;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Statistics;

namespace CorpusPortal.Cli.Commands;

/// <summary>
/// <c>words frequencies|keywords|collocations</c>: the corpus statistics of docs/statistics.md on the command line,
/// as a table, CSV (<c>--csv</c>) or JSON (<c>--json</c>), from the index (built first when missing or stale).
/// </summary>
internal static class WordsCommand
{
    private sealed record Shared(Option<string> By, Option<int> Top, Option<int> Min, Option<bool> Csv, Option<bool> Json, Option<string?> Language, Option<string> Data, Option<string> Corpus);

    public static Command Create(CliConsole console)
    {
        var command = new Command("words", "Frequency lists, keywords and collocations (see docs/statistics.md)");
        command.Subcommands.Add(Frequencies(console));
        command.Subcommands.Add(Keywords(console));
        command.Subcommands.Add(Collocations(console));
        return command;
    }

    private static Shared Options(Command command, int top, int min)
    {
        var by = new Option<string>("--by") { Description = "Count word forms or stems (form, stem)", DefaultValueFactory = _ => "form" };
        by.AcceptOnlyFromAmong("form", "stem");
        var language = new Option<string?>("--lang") { Description = "Only text in this language (tr, en, az or ru)" };
        language.AcceptOnlyFromAmong("tr", "en", "az", "ru");
        var shared = new Shared(by,
            new Option<int>("--top") { Description = $"Rows at most (default {top})", DefaultValueFactory = _ => top },
            new Option<int>("--min") { Description = $"Leave out words counted fewer times (default {min})", DefaultValueFactory = _ => min },
            new Option<bool>("--csv") { Description = "Print CSV" },
            CommonOptions.Json(), language, CommonOptions.Data(), CommonOptions.Corpus());
        foreach (var option in new Option[] { shared.By, shared.Top, shared.Min, shared.Csv, shared.Json, shared.Language, shared.Data, shared.Corpus })
        {
            command.Options.Add(option);
        }
        return shared;
    }

    private static Command Frequencies(CliConsole console)
    {
        var command = new Command("frequencies", "A frequency list of word forms or stems");
        var document = new Option<string?>("--doc") { Description = "Only this document's text" };
        var query = new Option<string?>("--query") { Description = "Only the passages this query finds" };
        command.Options.Add(document);
        command.Options.Add(query);
        var shared = Options(command, 100, 1);
        command.SetAction(result => Run(console, result, shared, (statistics, by, top, min, language) =>
        {
            var answer = statistics.Frequencies(new StatisticsScope(result.GetValue(document), language, result.GetValue(query)), by, top, min);
            return (answer.Table, answer.Error, () => StatisticsCsv.Write(answer.Table!, by), () =>
                [$"{answer.Table!.Words:N0} words in {answer.Table.Passages:N0} passages of {answer.Table.Documents:N0} documents, {answer.Table.Distinct:N0} distinct",
                 .. answer.Table.Rows.Select(r => $"{r.Frequency,8}  {r.PerTenThousand,9:F2}  {r.Documents,5}  {r.Language}  {r.Text}")]);
        }));
        return command;
    }

    private static Command Keywords(CliConsole console)
    {
        var command = new Command("keywords", "The keywords of a document against the rest of the corpus");
        var document = new Argument<string>("id") { Description = "The document id" };
        command.Arguments.Add(document);
        var shared = Options(command, 100, 2);
        command.SetAction(result => Run(console, result, shared, (statistics, by, top, min, language) =>
        {
            var answer = statistics.Keywords(result.GetValue(document)!, by, language, top, min);
            return (answer.Table, answer.Error, () => StatisticsCsv.Write(answer.Table!, by), () =>
                [$"{answer.Table!.Words:N0} words against {answer.Table.ReferenceWords:N0} in the rest of the corpus",
                 .. answer.Table.Rows.Select(r => $"{r.LogLikelihood,9:F2}  {r.LogRatio,6:F2}  {r.Frequency,6} {r.ReferenceFrequency,7}  {r.Language}  {r.Text}")]);
        }));
        return command;
    }

    private static Command Collocations(CliConsole console)
    {
        var command = new Command("collocations", "The collocates of a word (or of its stem)");
        var word = new Argument<string>("word") { Description = "The word" };
        var window = new Option<int>("--window") { Description = "Words on each side (default 5, at most 10)", DefaultValueFactory = _ => 5 };
        var document = new Option<string?>("--doc") { Description = "Only this document's text" };
        var query = new Option<string?>("--query") { Description = "Only the passages this query finds" };
        command.Arguments.Add(word);
        command.Options.Add(window);
        command.Options.Add(document);
        command.Options.Add(query);
        var shared = Options(command, 50, 2);
        command.SetAction(result =>
        {
            if (result.GetValue(window) is < 1 or > 10)
            {
                return console.Refuse("--window must be between 1 and 10");
            }
            return Run(console, result, shared, (statistics, by, top, min, language) =>
            {
                var answer = statistics.Collocations(result.GetValue(word)!, new StatisticsScope(result.GetValue(document), language, result.GetValue(query)), by, result.GetValue(window), top, min);
                return (answer.Table, answer.Error, () => StatisticsCsv.Write(answer.Table!), () =>
                    [$"{answer.Table!.Node}: {answer.Table.NodeFrequency:N0} times in {answer.Table.Words:N0} words, ±{answer.Table.Window} words",
                     .. answer.Table.Rows.Select(r => $"{r.LogDice,6:F2}  {r.MutualInformation,6:F2}  {r.Together,6} {r.Frequency,7}  {r.Language}  {r.Text}")]);
            });
        });
        return command;
    }

    private delegate (object? Table, string? Error, Func<byte[]> Csv, Func<IEnumerable<string>> Lines) Statistic(CorpusStatistics statistics, CountBy by, int top, int min, string? language);

    private static int Run(CliConsole console, ParseResult result, Shared shared, Statistic statistic)
    {
        if (result.GetValue(shared.Top) is < 1 or > 100_000 || result.GetValue(shared.Min) < 1)
        {
            return console.Refuse("--top must be between 1 and 100,000 and --min at least 1");
        }
        var folder = new CorpusFolder(result.GetValue(shared.Corpus)!);
        if (!Directory.Exists(folder.Root))
        {
            return console.Refuse($"{folder.Root}: no such corpus folder");
        }
        using var index = CorpusIndex.OpenCurrent(folder, result.GetValue(shared.Data)!,
            skipped: problem => console.Error.WriteLine($"warning: {problem} (left out of the index)"));
        using var searcher = new CorpusPortal.Search.Engine.LuceneSearcher(index, CorpusIndex.Glossary(folder).Glossary);
        var statistics = new CorpusStatistics(index, searcher, new TokenColumns(new TokenVocabulary(index.ProtectedWords)));
        var by = result.GetValue(shared.By) == "stem" ? CountBy.Stem : CountBy.Form;
        var (table, error, csv, lines) = statistic(statistics, by, result.GetValue(shared.Top), result.GetValue(shared.Min), result.GetValue(shared.Language));
        if (table is null)
        {
            return console.Refuse(error ?? "no statistic");
        }
        if (result.GetValue(shared.Csv))
        {
            console.Out.Write(Encoding.UTF8.GetString(csv()).TrimStart('\uFEFF'));
        }
        else if (result.GetValue(shared.Json))
        {
            console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(table, table.GetType(), JsonOptions));
        }
        else
        {
            foreach (var line in lines())
            {
                console.Out.WriteLine(line);
            }
        }
        return CliConsole.Ok;
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
