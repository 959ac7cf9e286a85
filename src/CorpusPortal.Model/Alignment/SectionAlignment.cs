namespace CorpusPortal.Model.Alignment;

/// <summary>
/// How the sentences of two sections translate each other (an abstract and its English abstract), in reading
/// order on both sides: an editor's correction of the automatic alignment, kept in the canonical file.
/// </summary>
public sealed record SectionAlignment(string Left, string Right, IReadOnlyList<AlignedPair> Pairs)
{
    /// <summary>True when this alignment is of the two sections named.</summary>
    public bool Aligns(string left, string right) =>
        string.Equals(Left, left, StringComparison.Ordinal) && string.Equals(Right, right, StringComparison.Ordinal);
}
