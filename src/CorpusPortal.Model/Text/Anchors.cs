using System.Text;

namespace CorpusPortal.Model.Text;

/// <summary>
/// Anchors are derived forms, safe in URLs: Turkish letters lowercased the Turkish way (I → ı, İ → i) and then
/// folded to ASCII (ı → i, ş → s, ğ → g, ç → c, ö → o, ü → u), everything else a hyphen.
/// <c>Sonuç, Tartışma ve Öneriler</c> becomes <c>sonuc-tartisma-ve-oneriler</c>.
/// </summary>
public static class Anchors
{
    public static string Slug(string text, int maxLength = 60)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(folded);
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

    private static char Fold(char c) => c switch
    {
        'I' or 'İ' or 'ı' or 'i' or 'Î' or 'î' or 'Ì' or 'ì' or 'Í' or 'í' => 'i',
        'Ş' or 'ş' => 's',
        'Ğ' or 'ğ' => 'g',
        'Ç' or 'ç' => 'c',
        'Ö' or 'ö' => 'o',
        'Ü' or 'ü' or 'Û' or 'û' => 'u',
        'Â' or 'â' or 'Ə' or 'ə' => 'a',
        >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
        _ => c,
    };
}
