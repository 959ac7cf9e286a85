using System.Diagnostics;
using CorpusPortal.Corpus.Json;
using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Ingestion;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Corpus.Tests.Robustness;

/// <summary>
/// Thousands of random and mutated inputs: each is imported or refused with an <see cref="ImportException"/>
/// (a clear message, never another exception), within a time limit (no hang), and whatever is imported
/// survives the canonical format's round trip unchanged.
/// </summary>
public sealed class RandomInputTests
{
    private const int Inputs = 3000;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private static IReadOnlyList<string[]> Seeds() => Directory.EnumerateFiles(Repository.RawFolder, "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(f => File.ReadAllText(f).Split('\n'))
        .ToList();

    [Theory]
    [InlineData(20261121)]
    [InlineData(7)]
    public void Every_input_is_imported_or_refused_clearly_and_round_trips(int seed)
    {
        var mutator = new InputMutator(seed, Seeds());
        var failures = new List<string>();
        var refused = 0;
        for (var i = 0; i < Inputs && failures.Count < 5; i++)
        {
            var bytes = mutator.NextBytes();
            var outcome = Run(() => Check(bytes));
            switch (outcome)
            {
                case null:
                    break;
                case ImportException:
                    refused++;
                    break;
                case TimeoutException:
                    failures.Add($"input {i}: no result after {Limit.TotalSeconds} s");
                    break;
                default:
                    var kept = Path.Combine(Path.GetTempPath(), $"corpus-robustness-{i}.txt");
                    File.WriteAllBytes(kept, bytes);
                    failures.Add($"input {i} (kept in {kept}): {outcome.GetType().Name}: {outcome.Message}\n{string.Join('\n', (outcome.StackTrace ?? "").Split('\n').Take(4))}");
                    break;
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} inputs failed (mutator seed {seed}):\n" + string.Join("\n\n", failures));
        Assert.InRange(refused, 1, Inputs / 2);
    }

    private static void Check(byte[] bytes)
    {
        var document = Importer.Import(bytes, "random.txt");
        var readBack = CanonicalReader.Read(CanonicalWriter.Write(document), "random.md");
        var expected = DocumentJson.Write(DocumentJson.Export(document));
        var actual = DocumentJson.Write(DocumentJson.Export(readBack));
        if (expected != actual)
        {
            throw new InvalidDataException("the round trip changed the document:\n" + FirstDifference(DocumentOutline.Write(document), DocumentOutline.Write(readBack)));
        }
    }

    private static Exception? Run(Action action)
    {
        var task = Task.Run(action);
        try
        {
            return task.Wait(Limit) ? null : new TimeoutException();
        }
        catch (AggregateException e)
        {
            return e.InnerException;
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(end)";
            var y = i < b.Length ? b[i] : "(end)";
            if (x != y)
            {
                return $"  before: {x}\n  after:  {y}";
            }
        }
        return "  (the outlines agree; the JSON differs)";
    }
}
