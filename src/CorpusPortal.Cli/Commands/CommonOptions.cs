using System.CommandLine;

namespace CorpusPortal.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> Corpus() => new("--corpus")
    {
        Description = "The corpus folder (default: corpus)",
        DefaultValueFactory = _ => "corpus",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON (see docs/cli.md)" };

    public static Option<string> Data() => new("--data")
    {
        Description = "The data folder holding the search index (default: data)",
        DefaultValueFactory = _ => "data",
    };
}
