namespace CorpusPortal.Search.Analysis.Stemming;

/// <summary>
/// The spellings of one suffix, longest first, with the set of their last letters: most words are rejected by
/// one look at the letter before the cursor, and the first spelling that matches is the longest.
/// </summary>
internal sealed class SuffixSet
{
    public SuffixSet(params string[] forms)
    {
        Forms = [.. forms.OrderByDescending(f => f.Length)];
        LastLetters = new LetterSet(forms.Select(f => f[^1]));
    }

    public string[] Forms { get; }

    public LetterSet LastLetters { get; }
}
