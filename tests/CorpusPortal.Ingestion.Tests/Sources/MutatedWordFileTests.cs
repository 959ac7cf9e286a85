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
            var bytes = (byte[])Paper.Clone();
            switch (i % 3)
            {
                case 0:
                    for (var k = 0; k < 1 + random.Next(8); k++)
                    {
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    }
                    break;
                case 1:
                    bytes = bytes[..random.Next(4, bytes.Length)];
                    break;
                default:
                    var at = random.Next(bytes.Length);
                    bytes = [.. bytes[..at], .. Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(256)), .. bytes[at..]];
                    break;
            }
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
