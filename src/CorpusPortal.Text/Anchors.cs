using System.Text;

namespace CorpusPortal.Text;

/// <summary>
/// Anchors are derived forms, safe in URLs: lowercased the Turkish way (<see cref="TurkishCasing"/>), folded to ASCII
/// with the table search terms are folded with (<see cref="Folding"/>: ı → i, ş → s, ğ → g, ç → c, ö → o, ü → u,
/// é → e, ə → a …), everything else a hyphen. <c>Sonuç, Tartışma ve Öneriler</c> becomes
/// <c>sonuc-tartisma-ve-oneriler</c>, <c>Café</c> becomes <c>cafe</c>.
/// </summary>
public static class Anchors
{
    public static string Slug(string text, int maxLength = 60)
    {
        var folded = Folding.Fold(TurkishCasing.ToLowerTurkish(text));
        var slug = new StringBuilder(Math.Min(folded.Length, maxLength + 1));
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
            if (slug.Length >= maxLength)
            {
                break;
            }
        }
        return slug.ToString().Trim('-');
    }
}
