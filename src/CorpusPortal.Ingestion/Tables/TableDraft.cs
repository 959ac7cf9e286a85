using CorpusPortal.Ingestion.Text;

namespace CorpusPortal.Ingestion.Tables;

/// <summary>A table as read from the raw lines, before it gets its anchor.</summary>
internal sealed record TableDraft(
    string Number,
    string? Caption,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<LinePiece> Lines,
    IReadOnlyList<LinePiece> NoteLines);
