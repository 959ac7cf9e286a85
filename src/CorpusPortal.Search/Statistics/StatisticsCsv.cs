using CorpusPortal.Corpus.Csv;

namespace CorpusPortal.Search.Statistics;

/// <summary>The statistics tables as CSV files for a spreadsheet, one row per word after a rank (the portal's downloads and <c>corpus words --csv</c>).</summary>
public static class StatisticsCsv
{
    public static byte[] Write(FrequencyTable table, CountBy by) =>
        File([by == CountBy.Stem ? "stem" : "word", "language", "frequency", "per_10000", "documents"],
            table.Rows.Select(r => (IReadOnlyList<string>)[r.Text, r.Language, CsvFile.Number(r.Frequency), CsvFile.Number(r.PerTenThousand), CsvFile.Number(r.Documents)]));

    public static byte[] Write(KeywordTable table, CountBy by) =>
        File([by == CountBy.Stem ? "stem" : "word", "language", "frequency", "reference_frequency", "per_10000", "reference_per_10000", "log_likelihood", "log_ratio"],
            table.Rows.Select(r => (IReadOnlyList<string>)[r.Text, r.Language, CsvFile.Number(r.Frequency), CsvFile.Number(r.ReferenceFrequency), CsvFile.Number(r.PerTenThousand),
                CsvFile.Number(r.ReferencePerTenThousand), CsvFile.Number(r.LogLikelihood), CsvFile.Number(r.LogRatio)]));

    public static byte[] Write(CollocationTable table) =>
        File(["collocate", "language", "together", "frequency", "log_dice", "mi"],
            table.Rows.Select(r => (IReadOnlyList<string>)[r.Text, r.Language, CsvFile.Number(r.Together), CsvFile.Number(r.Frequency), CsvFile.Number(r.LogDice), CsvFile.Number(r.MutualInformation)]));

    private static byte[] File(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows) =>
        CsvFile.Write(["rank", .. columns], rows.Select((row, i) => (IReadOnlyList<string>)[CsvFile.Number(i + 1), .. row]));
}
