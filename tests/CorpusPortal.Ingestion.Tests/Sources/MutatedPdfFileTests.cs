using CorpusPortal.Benchmarks.Fidelity;

namespace CorpusPortal.Ingestion.Tests.Sources;

/// <summary>
/// Damaged PDF files, thousands of them (bytes changed, cut short, or inserted, in the objects, the cross-reference
/// table and the compressed streams): each is imported or refused with an ImportException, never anything else,
/// and none takes long.
/// </summary>
public sealed class MutatedPdfFileTests
{
    private static readonly byte[] Original = PaperPdf.Write(Benchmarks.Fidelity.Paper.Parse(
        "# Giriş\n\nHasret Köprüsü 1992 yılında açılmıştır.[^Ali Veli, “Köprüler”, 2001, s. 5.] Köprü iki ülkeyi bağlar ve iki ülkenin halkları onu her gün kullanır."),
        PdfLayout.Journal);

    [Theory]
    [InlineData(20261130)]
    [InlineData(7)]
    public async Task Every_damaged_file_is_imported_or_refused_clearly_and_quickly(int seed)
    {
        var random = new Random(seed);
        var unexpected = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            var bytes = Mutations.Of(Original, random, i);
            var import = Task.Run(() => Importer.Import(bytes, "mutated.pdf"));
            if (await Task.WhenAny(import, Task.Delay(TimeSpan.FromSeconds(20))) != import)
            {
                unexpected.Add($"{i}: still running after 20 s");
                continue;
            }
            if (import.Exception?.InnerException is { } failure and not ImportException)
            {
                unexpected.Add($"{i}: {failure.GetType().Name}: {failure.Message}");
            }
        }

        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Take(10)));
    }
}
