using BenchmarkDotNet.Running;
using CorpusPortal.Benchmarks.Import;

// dotnet run -c Release --project src/CorpusPortal.Benchmarks -- figures    quick figures (docs/performance.md)
// dotnet run -c Release --project src/CorpusPortal.Benchmarks -- bench [papers]  search figures (docs/performance.md)
// dotnet run -c Release --project src/CorpusPortal.Benchmarks -- relevance [-v]  success@1 and MRR@10 (docs/performance.md)
// dotnet run -c Release --project src/CorpusPortal.Benchmarks -- hostile [inputs]  importer worst case (docs/performance.md)
// dotnet run -c Release --project src/CorpusPortal.Benchmarks -- stats [papers]  frequency lists, keywords, collocations (docs/performance.md)
// dotnet run -c Release --project src/CorpusPortal.Benchmarks -- oai [papers]  OAI-PMH pages over a synthetic corpus (docs/performance.md)
// dotnet run -c Release --project src/CorpusPortal.Benchmarks -- fidelity [-v]  importer P/R/F1 per construct and format (docs/fidelity.md)
// src/CorpusPortal.Benchmarks/Load/circuit-memory.sh   memory per circuit against the stock template (docs/performance.md)
// src/CorpusPortal.Benchmarks/Load/circuits-under-load.sh  /api/search with 200 circuits open (docs/performance.md)
// src/CorpusPortal.Benchmarks/Load/typing-latency.sh  typing latency on the search page in Chromium (docs/performance.md)
// dotnet run -c Release --project src/CorpusPortal.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter '*']
if (args is ["figures", ..])
{
    ImportFigures.Run(Console.Out);
    return 0;
}
if (args is ["bench", ..])
{
    var papers = args.Length > 1 && int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 10_000;
    CorpusPortal.Benchmarks.Search.SearchFigures.Run(Console.Out, papers);
    return 0;
}
if (args is ["relevance", ..])
{
    return CorpusPortal.Benchmarks.Search.Relevance.RelevanceFigures.Run(Console.Out, verbose: args.Contains("-v"));
}
if (args is ["hostile", ..])
{
    var inputs = args.Length > 1 && int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : 10_000;
    CorpusPortal.Benchmarks.Hardening.WorstCaseFigures.Run(Console.Out, inputs);
    return 0;
}
if (args is ["stats", ..])
{
    var papers = args.Length > 1 && int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : 10_000;
    return CorpusPortal.Benchmarks.Statistics.StatisticsFigures.Run(Console.Out, papers);
}
if (args is ["oai", ..])
{
    var papers = args.Length > 1 && int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : 10_000;
    return CorpusPortal.Benchmarks.Harvesting.OaiFigures.Run(Console.Out, papers);
}
if (args is ["fidelity", ..])
{
    return CorpusPortal.Benchmarks.Fidelity.FidelityCommand.Run(Console.Out, verbose: args.Contains("-v"));
}
if (args is ["typing", var baseUrl, ..])
{
    var rounds = args.Length > 2 && int.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : 3;
    return await CorpusPortal.Benchmarks.Browser.TypingLatency.Run(Console.Out, baseUrl, rounds);
}
if (args is ["circuits", var circuitCount, var gcdump, .. var servers] && servers.Length % 3 == 0)
{
    var list = servers.Chunk(3).Select(s => new CorpusPortal.Benchmarks.Browser.CircuitMemory.Server(s[0], s[1], int.Parse(s[2], System.Globalization.CultureInfo.InvariantCulture))).ToList();
    return await CorpusPortal.Benchmarks.Browser.CircuitMemory.Run(Console.Out, int.Parse(circuitCount, System.Globalization.CultureInfo.InvariantCulture), gcdump, list);
}
if (args is ["hold", var holdUrl, var holdCount])
{
    return await CorpusPortal.Benchmarks.Browser.CircuitHolder.Run(Console.Out, holdUrl, int.Parse(holdCount, System.Globalization.CultureInfo.InvariantCulture));
}
BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmarks).Assembly).Run(args);
return 0;
