using System.Text.RegularExpressions;
using CorpusPortal.Text;

namespace CorpusPortal.Ingestion.Header;

/// <summary>
/// An author's affiliation as a header prints it: a note after the mark of the author line
/// (<c>* Dr. Öğr. Üyesi, Örnek Üniversitesi, ORCID: 0000-…</c>), or a line naming an institution. The ORCID iD is
/// taken out into its own field; the rest (title, institution, department, e-mail) is the affiliation, as printed.
/// </summary>
internal static partial class AffiliationNote
{
    public sealed record Reading(string? Mark, string Affiliation, string? Orcid);

    /// <summary>A note led by a mark (<c>*</c>, <c>**</c>, <c>¹</c>, <c>1</c>), or null.</summary>
    public static Reading? Marked(string line)
    {
        var match = Note().Match(line.Trim());
        return match.Success ? Of(match.Groups["mark"].Value, match.Groups["text"].Value) : null;
    }

    /// <summary>A line naming an institution, without a mark, or null.</summary>
    public static Reading? Unmarked(string line) =>
        Institution().IsMatch(line) && line.Length <= 300 ? Of(null, line.Trim()) : null;

    private static Reading? Of(string? mark, string text)
    {
        var orcid = AuthorLine.OrcidsIn(text).FirstOrDefault();
        var affiliation = OrcidLabel().Replace(text, "").Trim().TrimEnd(',', ';', ' ').Trim();
        return affiliation.Length == 0 && orcid is null ? null : new Reading(mark is { Length: > 0 } ? mark : null, affiliation, orcid);
    }

    [GeneratedRegex(@"^(?<mark>\*{1,4}|[†‡§]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\d{1,2}(?=\s+\p{Lu})|\(\d{1,2}\))\s*(?<text>\S.*)$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Note();

    [GeneratedRegex(@"(?<![\p{L}])(?:Üniversitesi|University|Universität|Université|Enstitüsü|Institute|Fakültesi|Faculty|Akademisi|Academy|Bölümü|Department|College|Merkezi|Centre|Center)(?![\p{L}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Institution();

    [GeneratedRegex(@",?\s*(?:ORCID(?:\s*iD)?\s*:?\s*)?(?:https?://orcid\.org/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex OrcidLabel();
}
