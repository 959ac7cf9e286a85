using CorpusPortal.Benchmarks.Hardening;

namespace CorpusPortal.Ingestion.Tests.Hostile;

/// <summary>
/// The fault-injection run of the importer in CI: two hundred crafted texts (and one of several MiB) from the
/// generator the worst-case benchmark uses (docs/performance.md runs 10,000). Each is imported or refused with an
/// <see cref="ImportException"/>, never another exception and never a hang (the guard is not a speed target).
/// </summary>
public sealed class CraftedInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Every_crafted_text_is_imported_or_refused_clearly()
    {
        var inputs = new CraftedInputs(seed: 14);
        var failures = new List<string>();
        foreach (var index in Enumerable.Range(0, 200).Append(CraftedInputs.BigEvery - 1))
        {
            var text = inputs.Next(index);
            var import = Task.Run(() => Record.Exception(() => Importer.ImportText(text, "crafted.txt")));
            if (await Task.WhenAny(import, Task.Delay(HangGuard)) != import)
            {
                failures.Add($"input {index} ({text.Length:N0} characters): no result after {HangGuard.TotalSeconds} s");
                break;
            }
            if (await import is { } outcome and not ImportException)
            {
                failures.Add($"input {index} ({text.Length:N0} characters): {outcome.GetType().Name}: {outcome.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
