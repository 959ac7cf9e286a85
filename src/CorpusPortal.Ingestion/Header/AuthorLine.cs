using System.Text.RegularExpressions;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Text;

namespace CorpusPortal.Ingestion.Header;

/// <summary>An author as a header prints them, with the marks that lead to their affiliation note (<c>*</c>, <c>¹</c>).</summary>
internal sealed record PrintedAuthor(Author Author, IReadOnlyList<string> Marks);

/// <summary>
/// A header line naming the authors: <c>Ayşe DENEME*</c>, <c>Ayşe Nur DENEME¹, Mehmet ÖRNEK²</c>,
/// <c>Prof. Dr. Can IŞIK ve Dr. Elif İNCE</c>. It reads as authors only with a sign of being names: a surname in
/// capitals, a mark, or an ORCID iD on the line (a title in title case is not a list of names); or, without one,
/// when the caller knows an affiliation follows. A surname in capitals is kept in the case of its language
/// (<c>IŞIK</c> is <c>Işık</c> in Turkish).
/// </summary>
internal static partial class AuthorLine
{
    public static List<PrintedAuthor>? Read(string line, bool turkish, bool affiliationFollows)
    {
        var text = Orcid().Replace(Lead().Replace(line.Trim(), ""), " ").Trim();
        if (text.Length is 0 or > 300 || text.EndsWith('.') && !text.EndsWith("Dr.", StringComparison.Ordinal))
        {
            return null;
        }
        var authors = new List<PrintedAuthor>();
        var evidence = Orcid().IsMatch(line);
        foreach (var item in Separator().Split(text).Select(i => i.Trim()).Where(i => i.Length > 0))
        {
            var marks = Marks().Match(item);
            var name = Honorific().Replace(item[..(marks.Success ? marks.Index : item.Length)], "").Trim();
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > 5 || !words.All(IsNameWord))
            {
                return null;
            }
            var capitals = words.Where(TurkishCasing.IsAllCapitals).ToList();
            if (capitals.Count == words.Length)
            {
                return null; // a title in capitals, not a name
            }
            evidence |= capitals.Count > 0 || marks.Length > 0;
            var family = capitals.Count > 0
                ? string.Join(' ', words.SkipWhile(w => !TurkishCasing.IsAllCapitals(w)).Select(w => TurkishCasing.Capitalized(w, turkish)))
                : words[^1];
            var given = capitals.Count > 0
                ? string.Join(' ', words.TakeWhile(w => !TurkishCasing.IsAllCapitals(w)))
                : string.Join(' ', words[..^1]);
            if (family.Length > CorpusPortal.Model.Documents.MetadataLimits.MaxNameLength || given.Length > CorpusPortal.Model.Documents.MetadataLimits.MaxNameLength)
            {
                return null;
            }
            authors.Add(new PrintedAuthor(new Author(family, given.Length > 0 ? given : null), Split(marks.Value)));
        }
        return authors.Count > 0 && (evidence || affiliationFollows) ? authors : null;
    }

    /// <summary>The ORCID iDs printed on a line, in order.</summary>
    public static IEnumerable<string> OrcidsIn(string line) =>
        Orcid().Matches(line).Select(m => m.Groups["id"].Value).Where(Identifiers.IsOrcid);

    /// <summary><c>**</c> is one mark; <c>¹²</c> are two; <c>1,2</c> are two.</summary>
    public static List<string> Split(string marks) =>
        [.. MarkToken().Matches(marks).Select(m => m.Value)];

    private static bool IsNameWord(string word) =>
        char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.');

    [GeneratedRegex(@"^(?:Yazar(?:lar)?|Authors?)\s*:\s*", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s*(?:,|;|&|\s(?:ve|and)\s)\s*|(?<=[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰])\s+(?=\p{Lu})", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?:[*†‡§]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=\p{L})\d{1,2}(?:,\d{1,2})*)$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Marks();

    [GeneratedRegex(@"\*+|[†‡§]|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\d{1,2}", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex MarkToken();

    [GeneratedRegex(@"^(?:(?:Prof|Doç|Dr|Öğr|Gör|Üyesi|Arş|Assoc|Asst|Assist|Res)\.?\s+)+", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"(?:ORCID(?:\s*iD)?\s*:?\s*)?(?:https?://orcid\.org/)?(?<id>\d{4}-\d{4}-\d{4}-\d{3}[\dX])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Orcid();
}
