namespace CorpusPortal.Ingestion.Text;

/// <summary>
/// The words a document prints whole, inside its lines (not at a line break). Used to decide whether a word
/// split at a line end was hyphenated by the typesetter or is spelled with a hyphen.
/// </summary>
internal sealed class Vocabulary
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public Vocabulary(IEnumerable<string> lines)
    {
        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var line in lines)
        {
            // Every token but the first and the last of the line: those may be halves of a split word.
            var previous = ReadOnlySpan<char>.Empty;
            var seen = 0;
            foreach (var range in line.AsSpan().SplitAny(" \t"))
            {
                var token = line.AsSpan(range);
                if (token.IsEmpty)
                {
                    continue;
                }
                if (seen++ >= 2)
                {
                    words.Add(Word(previous));
                }
                previous = token;
            }
        }
    }

    public bool Contains(string word) => _words.Contains(Word(word));

    /// <summary>A token without the punctuation around it: <c>(TANAP),</c> becomes <c>TANAP</c>.</summary>
    public static string Word(string token) => Word(token.AsSpan()).ToString();

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start]))
        {
            start++;
        }
        while (end > start && !char.IsLetterOrDigit(token[end - 1]))
        {
            end--;
        }
        return token[start..end];
    }
}
