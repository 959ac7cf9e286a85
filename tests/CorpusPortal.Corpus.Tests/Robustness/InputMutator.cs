using System.Text;

namespace CorpusPortal.Corpus.Tests.Robustness;

/// <summary>
/// Makes messy inputs the way editors will bring them: windows of the seed texts with lines dropped, doubled,
/// swapped, cut or split, stray numbers, hyphens, labels and markup put in, line endings changed, bytes
/// flipped; and texts of random characters from the alphabets a Turkish paper uses. Deterministic for a seed.
/// </summary>
internal sealed class InputMutator(int seed, IReadOnlyList<string[]> sources)
{
    private static readonly string[] Insertions =
    [
        "Öz", "ABSTRACT", "Extended Abstract", "Anahtar Kelimeler: Türkiye, Azerbaycan.", "Keywords: Turkey.",
        "Tablo 1", "Tablo 2. Başlık", "Kaynak: [BCA] (1991, 24 Haziran) 30-18-1-2/654-61-6.", "1. Giriş", "2.1. Alt",
        "27 Eylül 2020’de", "1 Ali Veli, “Eser”, 2001, s. 5.", "12 a.g.e., s. 4.", "A.e.", "a.g.m.", "(BCA. 30-18-1-",
        "2/703-268-4, 03.02.1993)", "(Aslanlı, 2012; Ekşi, 2009: 107)", "TDA. 571/35868-141642-2, 26.09.1960",
        "Leave a review", "News Line", "2 comments", " ", "\t", "-", "•", "* * *", "|a|b|", "---", "# başlık", "[^1]:",
        "{#p-1 src=\"1:1-2\"}", "<script>alert(1)</script>", "```", "> alıntı", "İIıi", "\u0130\u0307", "\u00AD", "\u200B",
        "🙂", "\uFEFF", "top-", "raklarının", "Türki-", "ye’nin", "%", "[BCA]", "(1991,", "…",
    ];

    private const string Alphabet = "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ0123456789 .,;:-–—’'\"“”()[]{}/\\*_#|<>&^~`\t\n\n\n  \r";

    private readonly Random _random = new(seed);

    public string Next()
    {
        var kind = _random.Next(10);
        return kind switch
        {
            0 => RandomText(),
            _ => Mutate(Window()),
        };
    }

    public byte[] NextBytes()
    {
        var bytes = Encoding.UTF8.GetBytes(Next());
        if (bytes.Length > 0 && _random.Next(8) == 0)
        {
            for (var flips = _random.Next(1, 4); flips > 0; flips--)
            {
                bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
            }
        }
        return bytes;
    }

    private List<string> Window()
    {
        var lines = sources[_random.Next(sources.Count)];
        var length = Math.Min(lines.Length, _random.Next(1, 240));
        var start = _random.Next(lines.Length - length + 1);
        return lines.Skip(start).Take(length).ToList();
    }

    private string Mutate(List<string> lines)
    {
        for (var edits = _random.Next(0, 12); edits > 0 && lines.Count > 0; edits--)
        {
            var at = _random.Next(lines.Count);
            switch (_random.Next(9))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[at]); break;
                case 2: (lines[at], lines[_random.Next(lines.Count)]) = (lines[_random.Next(lines.Count)], lines[at]); break;
                case 3: lines[at] = lines[at][.._random.Next(lines[at].Length + 1)]; break;
                case 4: lines.Insert(at, Insertions[_random.Next(Insertions.Length)]); break;
                case 5: lines[at] = Insertions[_random.Next(Insertions.Length)] + lines[at]; break;
                case 6: lines[at] += Insertions[_random.Next(Insertions.Length)]; break;
                case 7: lines[at] = _random.Next(1, 80).ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + lines[at]; break;
                default:
                    var cut = _random.Next(lines[at].Length + 1);
                    lines.Insert(at + 1, lines[at][cut..]);
                    lines[at] = lines[at][..cut];
                    break;
            }
        }
        var separator = _random.Next(6) switch { 0 => "\r\n", 1 => "\r", _ => "\n" };
        return string.Join(separator, lines) + (_random.Next(2) == 0 ? separator : "");
    }

    private string RandomText()
    {
        var length = _random.Next(1, 3000);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(_random.Next(40) == 0 ? (char)_random.Next(0x20, 0x3000) : Alphabet[_random.Next(Alphabet.Length)]);
        }
        return text.ToString();
    }
}
