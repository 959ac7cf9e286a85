using System.Diagnostics;

namespace CorpusPortal.Web.Tests.Operations;

/// <summary>The built <c>corpus</c> command line, run as a user runs it: its own process.</summary>
internal static class CommandLine
{
    private static string Built => Path.Combine(CorpusPortal.Tests.RepositoryRoot.Path, "src", "CorpusPortal.Cli", "bin", "Release", "net10.0", "corpus.dll");

    public static async Task<(int Code, string Out, string Error)> Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Built);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
