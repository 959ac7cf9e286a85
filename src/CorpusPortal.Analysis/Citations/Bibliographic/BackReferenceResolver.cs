using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Warnings;
using CorpusPortal.Text;

namespace CorpusPortal.Analysis.Citations.Bibliographic;

/// <summary>
/// Resolves <c>a.g.e.</c> / <c>a.g.m.</c> to the latest earlier footnote that gives a work of that author in
/// full (by full name or surname: <c>El-Shagel</c> finds <c>Hasan El-Shagel</c>, <c>Hasanoğlu vd.</c> finds
/// <c>Murteza Hasanoğlu - …</c>), and <c>A.e.</c> to whatever the footnote just before refers to (an archival
/// document when that footnote cites one: <c>BOA, HR.SYS, 2878/45</c> then <c>Ibid.</c>). A name off by
/// one letter (<c>Alizade</c> for <c>Alizada</c>) is resolved with a warning; a name not found is an error.
/// </summary>
internal static class BackReferenceResolver
{
    /// <param name="archivalNotes">The numbers of the footnotes that cite an archival document.</param>
    public static (List<BibliographicCitation> Citations, List<ImportWarning> Warnings) Resolve(IReadOnlyList<BibliographicCitation> entries, IReadOnlySet<int> archivalNotes)
    {
        var resolved = new List<BibliographicCitation>();
        var warnings = new List<ImportWarning>();
        foreach (var entry in entries)
        {
            var target = entry.BackReference switch
            {
                BackReference.SameWork => SameAsBefore(entry, resolved, archivalNotes),
                BackReference.NamedWork => FindNamed(entry, resolved, warnings),
                _ => null,
            };
            if (entry.BackReference != BackReference.None && target is null)
            {
                warnings.Add(new ImportWarning(
                    "unresolved-back-reference",
                    $"footnote {entry.FootnoteNumber}: '{entry.Raw}' refers back to a work that no earlier footnote gives",
                    entry.Location.Span.Start.Line) { Severity = WarningSeverity.Error });
            }
            resolved.Add(entry with { RefersTo = target });
        }
        return (resolved, warnings);
    }

    private static int? SameAsBefore(BibliographicCitation entry, List<BibliographicCitation> resolved, IReadOnlySet<int> archivalNotes)
    {
        var previous = resolved.LastOrDefault(e => e.FootnoteNumber < entry.FootnoteNumber);
        var archival = archivalNotes.Where(n => n < entry.FootnoteNumber).DefaultIfEmpty(0).Max();
        return archival > (previous?.FootnoteNumber ?? 0) ? archival : previous?.RefersTo ?? previous?.FootnoteNumber;
    }

    private static int? FindNamed(BibliographicCitation entry, List<BibliographicCitation> earlier, List<ImportWarning> warnings)
    {
        var who = Normal(string.Join(" ", entry.Authors));
        if (who.Length == 0)
        {
            return null;
        }
        var full = earlier.Where(e => e.BackReference == BackReference.None && e.FootnoteNumber < entry.FootnoteNumber).Reverse().ToList();
        var exact = full.FirstOrDefault(e => e.Authors.Any(a => NameMatches(who, Normal(a))));
        if (exact is not null)
        {
            return exact.FootnoteNumber;
        }
        var near = full.FirstOrDefault(e => e.Authors.Any(a => Distance(Surname(who), Surname(Normal(a))) == 1));
        if (near is null)
        {
            return null;
        }
        warnings.Add(new ImportWarning(
            "back-reference-spelling",
            $"footnote {entry.FootnoteNumber}: '{string.Join(" ", entry.Authors)}' taken for '{near.Authors.First(a => Distance(Surname(who), Surname(Normal(a))) == 1)}' of footnote {near.FootnoteNumber} (spelt differently)",
            entry.Location.Span.Start.Line));
        return near.FootnoteNumber;
    }

    private static bool NameMatches(string who, string author) =>
        author == who || Surname(author) == who || (who.Contains(' ', StringComparison.Ordinal) && author.EndsWith(" " + who, StringComparison.Ordinal));

    private static string Surname(string name) => name.Split(' ')[^1];

    private static string Normal(string name) => Anchors.Slug(name, 200).Replace('-', ' ');

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return 2;
        }
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
