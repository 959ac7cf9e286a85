using BenchmarkDotNet.Running;
using CorpusPortal.Benchmarks.Import;

// dotnet run -c Release --project src/CorpusPortal.Benchmarks -- figures    quick figures (docs/performance.md)
// dotnet run -c Release --project src/CorpusPortal.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter '*']
if (args is ["figures", ..])
{
    ImportFigures.Run(Console.Out);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmarks).Assembly).Run(args);
return 0;
