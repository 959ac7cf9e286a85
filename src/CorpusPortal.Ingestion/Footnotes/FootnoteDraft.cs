using CorpusPortal.Ingestion.Text;

namespace CorpusPortal.Ingestion.Footnotes;

/// <summary>A note found at a page bottom: its number and the line pieces of its text.</summary>
internal sealed record FootnoteDraft(int Number, IReadOnlyList<LinePiece> Pieces);
