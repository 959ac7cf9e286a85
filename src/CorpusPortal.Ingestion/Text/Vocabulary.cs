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
        foreach (var line in lines)
        {
            var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i < tokens.Length - 1; i++)
            {
                _words.Add(Word(tokens[i]));
            }
        }
    }

    public bool Contains(string word) => _words.Contains(Word(word));

    /// <summary>A token without the punctuation around it: <c>(TANAP),</c> becomes <c>TANAP</c>.</summary>
    public static string Word(string token)
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
