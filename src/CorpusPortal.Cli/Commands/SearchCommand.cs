using System.CommandLine;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Results;

namespace CorpusPortal.Cli.Commands;

/// <summary>
/// <c>search "&lt;query&gt;" [--json] [--top N] [--skip N] [--lang tr|en] [--data DIR] [--corpus DIR]</c>: searches
/// the index (building it first when it is missing or stale). A malformed query gives exit code 2 and its error.
/// </summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("query") { Description = "The query (see docs/search-syntax.md)" };
        var json = CommonOptions.Json();
        var top = new Option<int>("--top") { Description = "How many hits to show (default 10)", DefaultValueFactory = _ => 10 };
        var skip = new Option<int>("--skip") { Description = "How many hits to skip, for paging", DefaultValueFactory = _ => 0 };
        var lang = new Option<string?>("--lang") { Description = "Only passages in this language (tr, en, az or ru)" };
        lang.AcceptOnlyFromAmong("tr", "en", "az", "ru");
        var data = CommonOptions.Data();
        var corpus = CommonOptions.Corpus();
        var command = new Command("search", "Search the corpus") { query, json, top, skip, lang, data, corpus };
        command.SetAction(result =>
        {
            if (result.GetValue(top) is < 0 or > 1000 || result.GetValue(skip) < 0)
            {
                return console.Refuse("--top must be between 0 and 1000 and --skip at least 0");
            }
            var folder = new CorpusFolder(result.GetValue(corpus)!);
            if (!Directory.Exists(folder.Root))
            {
                return console.Refuse($"{folder.Root}: no such corpus folder");
            }
            using var index = CorpusIndex.OpenCurrent(folder, result.GetValue(data)!,
                skipped: problem => console.Error.WriteLine($"warning: {problem} (left out of the index)"));
            var (glossary, problems) = CorpusIndex.Glossary(folder);
            foreach (var problem in problems)
            {
                console.Error.WriteLine($"warning: {problem}");
            }
            using var searcher = new CorpusPortal.Search.Engine.LuceneSearcher(index, glossary);
            var answer = searcher.Search(result.GetValue(query) ?? "", result.GetValue(top), result.GetValue(skip), result.GetValue(lang));
            if (result.GetValue(json))
            {
                console.Out.WriteLine(SearchJson.Write(answer));
                if (answer.Error is not null)
                {
                    console.Error.WriteLine($"error: {answer.Error.Text}");
                }
            }
            else
            {
                Write(console, answer);
            }
            return answer.Error is null ? CliConsole.Ok : CliConsole.BadInput;
        });
        return command;
    }

    private static void Write(CliConsole console, SearchResult answer)
    {
        if (answer.Error is not null)
        {
            console.Error.WriteLine($"error: {answer.Error.Text}");
            return;
        }
        foreach (var notice in answer.Notices)
        {
            console.Out.WriteLine($"note: {notice.Text}");
        }
        console.Out.WriteLine($"{answer.Total} passages");
        foreach (var hit in answer.Hits)
        {
            console.Out.WriteLine($"{hit.Document}#{hit.Anchor} [{hit.Language}, {hit.Section}] {hit.Score:F2}");
            foreach (var line in hit.Kwic.Take(3))
            {
                console.Out.WriteLine($"    …{line.Left}[{line.Match}]{line.Right}…");
            }
        }
    }
}
