using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Text;

namespace CorpusPortal.Web.Parallel;

/// <summary>A row of the parallel view: a Turkish section and its English counterpart (either may be missing).</summary>
public sealed record ParallelRow(Section? Turkish, Section? English, bool AlignSentences);

/// <summary>
/// Pairs a document's Turkish and English sections for the parallel view: Öz ↔ Abstract (sentences aligned), and
/// each Turkish body section ↔ the Extended Abstract section with the corresponding heading (Giriş ↔
/// Introduction, Sonuç, Tartışma ve Öneriler ↔ Conclusion, Discussion and Recommendations). What has no
/// counterpart gets a row of its own with the other side empty.
/// </summary>
public static class ParallelLayout
{
    private static readonly Dictionary<string, string> HeadingWords = new(StringComparer.Ordinal)
    {
        ["giriş"] = "introduction", ["yöntem"] = "method", ["metot"] = "method", ["bulgular"] = "findings",
        ["sonuç"] = "conclusion", ["tartışma"] = "discussion", ["öneriler"] = "recommendations",
        ["amaç"] = "purpose", ["kaynakça"] = "references", ["değerlendirme"] = "evaluation",
    };

    public static List<ParallelRow> Rows(Document document)
    {
        var rows = new List<ParallelRow>();
        var used = new HashSet<Section>(ReferenceEqualityComparer.Instance);
        foreach (var turkish in document.Sections.Where(s => s.Kind == SectionKind.Abstract && s.Level == 1 && s.Language == Languages.Turkish))
        {
            var english = document.Sections.FirstOrDefault(s => s.Kind == SectionKind.Abstract && s.Level == 1 && s.Language == Languages.English);
            rows.Add(new ParallelRow(turkish, english, english is not null));
            used.Add(turkish);
            if (english is not null)
            {
                used.Add(english);
            }
        }
        var extended = document.Sections.Where(s => s.Kind == SectionKind.ExtendedAbstract && s.Language == Languages.English && s.Level > 1).ToList();
        foreach (var turkish in document.Sections.Where(s => s.Kind == SectionKind.Body && s.Language == Languages.Turkish))
        {
            var english = extended.FirstOrDefault(e => !used.Contains(e) && Corresponds(turkish.Title, e.Title));
            rows.Add(new ParallelRow(turkish, english, false));
            used.Add(turkish);
            if (english is not null)
            {
                used.Add(english);
            }
        }
        foreach (var section in document.Sections.Where(s => !used.Contains(s)))
        {
            rows.Add(section.Language == Languages.Turkish ? new ParallelRow(section, null, false) : new ParallelRow(null, section, false));
        }
        return rows;
    }

    /// <summary>True when the document has a Turkish and an English abstract whose sentences can be aligned.</summary>
    public static bool HasAlignedAbstracts(Document document) => Rows(document).Any(r => r.AlignSentences);

    /// <summary>The headings share a word that translates (Sonuç ↔ Conclusion).</summary>
    public static bool Corresponds(string? turkish, string? english)
    {
        if (turkish is null || english is null)
        {
            return false;
        }
        var englishWords = Words(TurkishCasing.ToLowerEnglish(english)).ToHashSet(StringComparer.Ordinal);
        return Words(TurkishCasing.ToLowerTurkish(turkish)).Any(w => HeadingWords.TryGetValue(w, out var translation) && englishWords.Contains(translation));
    }

    private static IEnumerable<string> Words(string text) => WordTokenizer.Tokenize(text).Select(t => Apostrophes.CutTurkish(t.Text));
}
