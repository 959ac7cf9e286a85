namespace CorpusPortal.Model.Alignment;

/// <summary>
/// One pair of an alignment: a segment of the original and the segment that translates it. A segment is usually
/// one sentence; merged sentences are one segment of several ranges. Either side may be empty (a sentence the
/// other text leaves out).
/// </summary>
public sealed record AlignedPair(IReadOnlyList<TextRange> Left, IReadOnlyList<TextRange> Right);
