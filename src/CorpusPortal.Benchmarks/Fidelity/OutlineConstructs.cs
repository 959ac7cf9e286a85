namespace CorpusPortal.Benchmarks.Fidelity;

/// <summary>
/// An outline's constructs: its lines without the import notices (<c>info …</c>, <c>warning …</c>), whose line
/// numbers are those of the text the importer read and so differ between a paper's formats.
/// </summary>
public static class OutlineConstructs
{
    public static string Of(string outline) =>
        string.Join('\n', outline.Split('\n').Where(line => !IsNotice(line)));

    /// <summary>The construct a line of an outline states: its first word (<c>section</c>, <c>footnote</c>, <c>archival</c> …).</summary>
    public static string Kind(string line) => line.TrimStart().Split(' ', 2)[0];

    public static bool IsNotice(string line) => Kind(line) is "info" or "warning";
}
