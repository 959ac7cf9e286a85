using System.Text.RegularExpressions;
using CorpusPortal.Text;

namespace CorpusPortal.Ingestion.Header;

/// <summary>
/// The line of a thesis's record that says what it is and where it was defended:
/// <c>Yüksek Lisans Tezi, Kafkas Üniversitesi, Sosyal Bilimler Enstitüsü, 2018</c>,
/// <c>Doktora Tezi, Ankara Üniversitesi, 2020</c>, <c>PhD Thesis, University of Oxford, 2015</c>: the institution
/// is the publisher, the year the year of publication.
/// </summary>
internal static partial class ThesisLine
{
    public sealed record Reading(string Institution, int? Year);

    public static Reading? Read(string line)
    {
        var match = Thesis().Match(line.Trim());
        if (!match.Success)
        {
            return null;
        }
        var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        return new Reading(match.Groups["institution"].Value.Trim().TrimEnd(',').Trim(), year);
    }

    [GeneratedRegex(@"^(?:(?:Yüksek Lisans|Doktora|Sanatta Yeterlik) Tezi|(?:Master'?s|MA|MSc|PhD|Ph\.D\.|Doctoral) (?:Thesis|Dissertation)|Magistr dissertasiyası|Dissertasiya)\s*[,.:]\s*(?<institution>[^\d]{3,200}?)(?:,\s*(?<year>(?:19|20)\d\d))?\.?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Thesis();
}
