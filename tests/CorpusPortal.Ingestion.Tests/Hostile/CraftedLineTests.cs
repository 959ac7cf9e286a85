namespace CorpusPortal.Ingestion.Tests.Hostile;

/// <summary>
/// Lines built to make a backtracking regular expression explode (issue 14 found a 119-byte line that kept the
/// importer busy for minutes). Each is imported, or refused with a clear message, and never hangs: the limit
/// below is a hang guard a hundred times above the normal time, not a speed target (those are in docs/performance.md).
/// </summary>
public sealed class CraftedLineTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    public static TheoryData<string, string> Lines() => new()
    {
        { "an issue line of pp-pp-…-pp!", string.Join('-', Enumerable.Repeat("pp", 40)) + "!" },
        { "an issue line of Cilt-Cilt-…", "CİLT " + string.Join(' ', Enumerable.Repeat("Cilt:1-", 2000)) + "!" },
        { "a long run of digits and dashes", "BCA " + string.Join('-', Enumerable.Repeat("1", 200_000)) + " x" },
        { "digits, dots and a slash far away", string.Join('.', Enumerable.Repeat("12", 100_000)) + " / x" },
        { "an author-year parenthesis that never closes", "(" + string.Concat(Enumerable.Repeat("Aslanlı ve ", 20_000)) },
        { "a footnote line of back-reference words", "1 " + string.Concat(Enumerable.Repeat("Ayni eser, a.g.e., ", 20_000)) },
        { "a heading number that never ends", string.Join('.', Enumerable.Repeat("1", 100_000)) + " x" },
        { "a run of sentence ends", "Metin" + new string('.', 300_000) + "x" },
        { "a million one-letter lines", string.Concat(Enumerable.Repeat("a\n", 1_000_000)) },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task A_crafted_line_is_imported_or_refused_without_hanging(string what, string line)
    {
        var text = "Giriş\n\n" + line + "\n\nSon paragraf.\n";

        var import = Task.Run(() => Record.Exception(() => Importer.ImportText(text, "crafted.txt")));
        var first = await Task.WhenAny(import, Task.Delay(HangGuard));

        Assert.True(first == import, $"{what}: no result after {HangGuard.TotalSeconds} s");
        var outcome = await import;
        Assert.True(outcome is null or ImportException, $"{what}: {outcome}");
    }
}
