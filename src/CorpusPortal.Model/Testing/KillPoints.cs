namespace CorpusPortal.Model.Testing;

/// <summary>
/// Named moments inside a save (a raw file written, a temporary file written but not yet renamed, a canonical file
/// written, an index change made but not committed) where the crash tests kill the process: with
/// <c>CORPUS_KILL_POINT</c> set to a point's name, the process says it has reached it on standard output and waits
/// there to be killed. Unset (always, outside those tests), a point costs one comparison.
/// </summary>
public static class KillPoints
{
    public const string Variable = "CORPUS_KILL_POINT";

    public const string RawWritten = "raw-written";
    public const string TemporaryWritten = "temporary-written";
    public const string CanonicalWritten = "canonical-written";
    public const string IndexChanged = "index-changed";

    public static readonly IReadOnlyList<string> All = [RawWritten, TemporaryWritten, CanonicalWritten, IndexChanged];

    private static readonly string? Armed = Environment.GetEnvironmentVariable(Variable);

    public static void Reach(string point)
    {
        if (Armed is null || !string.Equals(Armed, point, StringComparison.Ordinal))
        {
            return;
        }
        Console.Out.WriteLine($"kill point {point}");
        Console.Out.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
