namespace CorpusPortal.Search.Analysis.Stemming;

/// <summary>A set of letters with a constant-time test (Latin letters, Turkish ones included; nothing above U+024F).</summary>
internal sealed class LetterSet
{
    private readonly bool[] _contains = new bool[0x250];

    public LetterSet(IEnumerable<char> letters)
    {
        foreach (var letter in letters)
        {
            _contains[letter] = true;
        }
    }

    public bool Contains(char c) => c < 0x250 && _contains[c];
}
