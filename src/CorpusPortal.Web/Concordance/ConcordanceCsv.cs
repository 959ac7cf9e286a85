using System.Globalization;

namespace CorpusPortal.Web.Concordance;

/// <summary>
/// A concordance as CSV (<see cref="CorpusPortal.Corpus.Csv.CsvFile"/>): one row per
/// line, the document by its title, year and address, the left context, the match, the right context, and the
/// aligned sentence of a paired abstract.
/// </summary>
public static class ConcordanceCsv
{
    public static readonly string[] Columns =
        ["n", "left", "match", "right", "language", "title", "year", "section", "paragraph", "url", "aligned_language", "aligned_sentence"];

    public static byte[] Write(IEnumerable<ConcordanceLine> lines, string portalBase)
    {
        var n = 0;
        return CorpusPortal.Corpus.Csv.CsvFile.Write(Columns, lines.Select(line => (IReadOnlyList<string>)
            [
                (++n).ToString(CultureInfo.InvariantCulture), line.Left, line.Match, line.Right, line.Language, line.Title,
                line.Year?.ToString(CultureInfo.InvariantCulture) ?? "", line.SectionTitle, line.Anchor,
                $"{portalBase.TrimEnd('/')}/documents/{line.Document}#{line.Anchor}", line.Counterpart?.Language ?? "", line.Counterpart?.Text ?? "",
            ]));
    }
}
