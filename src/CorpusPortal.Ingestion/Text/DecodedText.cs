namespace CorpusPortal.Ingestion.Text;

/// <summary>Raw bytes turned into text, with a notice when a legacy encoding was converted.</summary>
public sealed record DecodedText(string Text, string Encoding, string? Notice);
