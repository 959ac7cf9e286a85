namespace CorpusPortal.Ingestion.Footnotes;

/// <summary>Superscript digits as printed for note markers (<c>¹²</c> is 12).</summary>
internal static class Superscripts
{
    private const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static int Number(string superscripts) =>
        superscripts.Aggregate(0, (number, digit) => number * 10 + Digits.IndexOf(digit, StringComparison.Ordinal));
}
