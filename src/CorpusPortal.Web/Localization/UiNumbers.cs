using System.Globalization;

namespace CorpusPortal.Web.Localization;

/// <summary>
/// Numbers as a reader of the interface language writes them, chosen by that language and never by the machine's
/// culture: Turkish <c>13.779.261</c> and <c>12,34</c>, English <c>13,779,261</c> and <c>12.34</c>.
/// </summary>
public static class UiNumbers
{
    private static readonly NumberFormatInfo Turkish = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };

    private static readonly NumberFormatInfo English = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = ".", NegativeSign = "-" };

    public static string Say(UiText ui, long value) => value.ToString("N0", ui.IsEnglish ? English : Turkish);

    public static string Say(UiText ui, double value, int decimals = 2) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), ui.IsEnglish ? English : Turkish);
}
