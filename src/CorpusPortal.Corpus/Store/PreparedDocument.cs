namespace CorpusPortal.Corpus.Store;

/// <summary>
/// A document checked and ready to be written (<see cref="CorpusFolder.Prepare"/>): as it reads back, the bytes of its
/// canonical file and where they go, and the raw source to keep with it (name and bytes), if any.
/// </summary>
public sealed record PreparedDocument(CorpusPortal.Model.Documents.Document Document, string Path, byte[] Canonical, string? RawName, byte[]? RawBytes);
