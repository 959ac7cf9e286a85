using CorpusPortal.Ingestion.Text;

namespace CorpusPortal.Ingestion.Assembly;

/// <summary>The lines of a paragraph, which a page break may interrupt and the next page continue.</summary>
internal sealed class ParagraphDraft
{
    public List<LinePiece> Pieces { get; } = [];

    public bool IsListItem { get; init; }

    public LinePiece LastPiece => Pieces[^1];
}
