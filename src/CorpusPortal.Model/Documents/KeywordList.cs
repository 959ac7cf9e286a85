using CorpusPortal.Model.Sources;

namespace CorpusPortal.Model.Documents;

/// <summary>The keywords printed for one language, with the label the source used ("Anahtar Kelimeler").</summary>
public sealed record KeywordList(string Language, string Label, IReadOnlyList<string> Terms, SourceSpan? Span);
