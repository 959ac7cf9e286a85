namespace CorpusPortal.Model.Documents;

/// <summary>A footnote marker printed in a paragraph; <see cref="Offset"/> is where it stands in the text.</summary>
public readonly record struct FootnoteMarker(int Number, int Offset);
