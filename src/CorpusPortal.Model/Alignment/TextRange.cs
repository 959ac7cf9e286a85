namespace CorpusPortal.Model.Alignment;

/// <summary>A stretch of one paragraph's text: the paragraph's anchor, where it starts and how many characters.</summary>
public sealed record TextRange(string Paragraph, int Start, int Length)
{
    public int End => Start + Length;
}
