namespace CorpusPortal.Ingestion.Footnotes;

/// <summary>A footnote marker found at <see cref="Index"/> of a line's content.</summary>
internal readonly record struct MarkerMatch(int Index, int Length, int Number);
