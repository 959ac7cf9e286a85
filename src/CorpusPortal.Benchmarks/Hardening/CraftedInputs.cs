using System.Text;

namespace CorpusPortal.Benchmarks.Hardening;

/// <summary>
/// Raw texts built to hurt an importer: the patterns issue 14 found or feared (issue and volume lines, runs of digits,
/// dashes, dots and slashes, archival references cut short, parentheses that never close, author lists without end,
/// back-reference words, heading numbers, runs of stops, table-like rows, a megabyte without a space, a million short
/// lines, one endless hyphenated paragraph), each repeated, mixed with the others and with ordinary Turkish text, at sizes up to 8 MiB. Deterministic
/// for a seed. Shared by the importer's fault-injection test and the worst-case benchmark (docs/performance.md).
/// </summary>
public sealed class CraftedInputs(int seed)
{
    public const int MaxBytes = 8 * 1024 * 1024;

    /// <summary>Every this many inputs, one is 4 to 8 MiB (10,000 inputs hold 25: every pattern at least once).</summary>
    public const int BigEvery = 400;

    private static readonly Func<Random, int, string>[] Patterns =
    [
        (r, n) => string.Join('-', Enumerable.Repeat("pp", n)) + "!",
        (r, n) => "CİLT " + string.Concat(Enumerable.Repeat("Cilt:1- SAYI.", n)) + "?",
        (r, n) => "VOL " + string.Join(' ', Enumerable.Range(0, n).Select(i => i % 2 == 0 ? "Issue" : "pp" + i)) + " ;",
        (r, n) => string.Join(r.Next(2) == 0 ? '-' : '.', Enumerable.Repeat("1", n)) + (r.Next(2) == 0 ? " x" : "/"),
        (r, n) => "BCA " + string.Concat(Enumerable.Repeat("30-18-1-2/", n)),
        (r, n) => "(BOA) " + string.Concat(Enumerable.Repeat("1.2 . 3 - 4 / ", n)),
        (r, n) => new string('(', n) + "Aslanlı, 2001" + new string(')', r.Next(n)),
        (r, n) => "(" + string.Concat(Enumerable.Repeat("Aslanlı ve Kaya, ", n)),
        (r, n) => "(" + string.Join("; ", Enumerable.Range(0, n).Select(i => $"Yazar{i}, {1900 + (i % 120)}")) + ")",
        (r, n) => "1 " + string.Concat(Enumerable.Repeat("Aynı eser, a.g.e., s. 5; ", n)),
        (r, n) => string.Join('.', Enumerable.Repeat("1", n)) + " Başlık",
        (r, n) => "Metin" + new string(r.Next(2) == 0 ? '.' : '!', n * 4) + "x",
        (r, n) => string.Join('\n', Enumerable.Range(0, n).Select(i => string.Join(' ', Enumerable.Range(0, 12).Select(j => (i * j).ToString(System.Globalization.CultureInfo.InvariantCulture))))),
        (r, n) => new string('a', n * 40),
        (r, n) => string.Concat(Enumerable.Repeat("a\n", n)),
        (r, n) => string.Concat(Enumerable.Repeat("kelime¹ ", n)) + string.Concat(Enumerable.Range(1, n).Select(i => $"\n{i} Not.")),
        (r, n) => "Anahtar Kelimeler: " + string.Join(", ", Enumerable.Repeat("köprü", n)),
        (r, n) => string.Concat(Enumerable.Repeat("Tablo 1. ", n)),
        (r, n) => string.Concat(Enumerable.Repeat("- ", n)) + "madde",
        (r, n) => string.Concat(Enumerable.Repeat("İstanbul’un ", n)),
        (r, n) => string.Concat(Enumerable.Repeat("Kelime kelime kelime kelime kelime ke-\n", n)),
    ];

    private const string Ordinary = "Giriş\n\nTürkiye ile Azerbaycan arasındaki ilişkiler 1991’den sonra gelişmiştir (Aslanlı, 2001: 5).1\n\n1 BCA. 30-18-1-2/669-133-4, 05.01.1991.\n\n";

    private readonly Random _random = new(seed);

    /// <summary>Which pattern input <paramref name="index"/> is mostly made of.</summary>
    public static int PatternOf(int index) => (IsBig(index) ? index / BigEvery : index) % Patterns.Length;

    public static bool IsBig(int index) => index % BigEvery == BigEvery - 1;

    /// <summary>The next crafted text: every <see cref="BigEvery"/>th is 4 to 8 MiB (each pattern in turn), the rest up to a few hundred KB.</summary>
    public string Next(int index)
    {
        var big = IsBig(index);
        var target = big ? _random.Next(4 * 1024 * 1024, MaxBytes - 64 * 1024) : _random.Next(100, 300_000);
        var text = new StringBuilder(target + 1024);
        if (_random.Next(3) == 0)
        {
            text.Append(Ordinary);
        }
        // The large inputs go through the patterns in turn too, so each is tried at several MiB.
        var pattern = Patterns[PatternOf(index)];
        while (text.Length < target)
        {
            var piece = _random.Next(4) == 0 ? Patterns[_random.Next(Patterns.Length)] : pattern;
            var repeat = Math.Max(1, Math.Min(_random.Next(1, 5_000), (target - text.Length) / 8));
            text.Append(piece(_random, repeat));
            text.Append(_random.Next(5) switch { 0 => " ", 1 => "\n", 2 => "\n\n", 3 => "", _ => ". " });
        }
        var result = text.ToString(0, Math.Min(text.Length, target));
        // At most 8 MiB as UTF-8 (ı, ş, ¹ take two bytes), the importer's limit.
        while (Encoding.UTF8.GetByteCount(result) > MaxBytes)
        {
            result = result[..(result.Length - (result.Length / 20))];
        }
        return result;
    }
}
