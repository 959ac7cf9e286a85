using System.Reflection;
using System.Text;

namespace CorpusPortal.Search.Analysis;

/// <summary>
/// A list of words, one per line; lines starting with <c>#</c> and blank lines are skipped. The stop lists ship
/// inside the assembly (copies of Lucene's Turkish and English lists); the protected words live in the corpus.
/// </summary>
public sealed class WordList
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordList(IEnumerable<string> lines)
    {
        _words = new HashSet<string>(
            lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')),
            StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordList TurkishStopWords { get; } = FromResource("stopwords-tr.txt");

    public static WordList EnglishStopWords { get; } = FromResource("stopwords-en.txt");

    public static WordList Empty { get; } = new([]);

    /// <summary>Words that say nothing of a passage's subject (beyond the stop words), for finding related passages.</summary>
    public static WordList RelatedNoise(bool turkish) => turkish ? TurkishNoise : EnglishNoise;

    private static WordList TurkishNoise { get; } = FromResource("related-noise-tr.txt");

    private static WordList EnglishNoise { get; } = FromResource("related-noise-en.txt");

    public int Count => _words.Count;

    public IEnumerable<string> Words => _words;

    public bool Contains(string word) => _words.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public static WordList FromFile(string path) => new(File.ReadAllLines(path, Encoding.UTF8));

    private static WordList FromResource(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("CorpusPortal.Search.Analysis.Data." + name)
            ?? throw new InvalidOperationException($"resource {name} is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return new WordList(lines);
    }
}
