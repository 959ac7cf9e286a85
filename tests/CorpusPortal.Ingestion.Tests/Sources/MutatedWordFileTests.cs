namespace CorpusPortal.Ingestion.Tests.Sources;

/// <summary>Damaged Word files, thousands of them: each is imported or refused with an ImportException, never anything else.</summary>
public sealed class MutatedWordFileTests
{
    private static readonly byte[] Paper = new WordFile()
        .Heading("Giriş")
        .Paragraph("Hasret Köprüsü 1992 yılında açılmıştır.", new WordFile.Note("Ali Veli, “Köprüler”, 2001, s. 5."), " Köprü iki ülkeyi bağlar.")
        .Bytes();

    [Theory]
    [InlineData(20261130)]
    [InlineData(7)]
    public void Every_damaged_file_is_imported_or_refused_clearly(int seed)
    {
        var random = new Random(seed);
        var unexpected = new List<string>();
        for (var i = 0; i < 1500; i++)
        {
            var bytes = Mutations.Of(Paper, random, i);
            try
            {
                Importer.Import(bytes, "mutated.docx");
            }
            catch (ImportException)
            {
            }
            catch (Exception e)
            {
                unexpected.Add($"{i}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Take(10)));
    }
}
