using System.Text;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Text;

namespace CorpusPortal.Web.Concordance;

/// <summary>
/// Words in the order of the Turkish alphabet (a b c ç d e f g ğ h ı i j k l m n o ö p r s ş t u ü v y z), whatever
/// the machine's culture: ç after c, ı before i, ş after s. Case does not count; letters outside the alphabet (q, w,
/// x, accented Latin) come after z in code point order, digits before a.
/// </summary>
public static class TurkishOrder
{
    private const string Alphabet = "abcçdefgğhıijklmnoöprsştuüvyz";

    /// <summary>A key that sorts ordinally in Turkish alphabetical order.</summary>
    public static string Key(string text)
    {
        var lower = TurkishCasing.ToLowerTurkish(text);
        var key = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            var at = Alphabet.IndexOf(c, StringComparison.Ordinal);
            key.Append(at >= 0 ? (char)(0x100 + at) : char.IsAsciiDigit(c) ? c : c < 0x100 ? (char)(0x200 + c) : (char)Math.Max(0x300, (int)c));
        }
        return key.ToString();
    }
}
