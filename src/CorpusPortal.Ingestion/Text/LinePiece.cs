using CorpusPortal.Ingestion.Layout;

namespace CorpusPortal.Ingestion.Text;

/// <summary>The part of a raw line that belongs to a node: the content from <see cref="Skip"/> characters in.</summary>
internal readonly record struct LinePiece(SourceLine Line, int Skip = 0)
{
    public string Content => Line.Content[Skip..].TrimStart();

    public int Column => Line.ContentColumn + Line.Content.Length - Line.Content[Skip..].TrimStart().Length;
}
