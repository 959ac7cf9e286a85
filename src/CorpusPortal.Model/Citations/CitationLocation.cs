using CorpusPortal.Model.Sources;

namespace CorpusPortal.Model.Citations;

/// <summary>
/// Where a citation stands: in the block or footnote <see cref="Anchor"/>, at <see cref="Offset"/> for
/// <see cref="Length"/> characters of its text, and at <see cref="Span"/> in the raw file.
/// </summary>
public readonly record struct CitationLocation(string Anchor, int Offset, int Length, SourceSpan Span);
