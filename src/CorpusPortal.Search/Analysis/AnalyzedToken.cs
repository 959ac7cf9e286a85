namespace CorpusPortal.Search.Analysis;

/// <summary>
/// A word as the index sees it, in three forms: <see cref="Exact"/> (lowercased, proper-name suffix or possessive
/// cut: <c>köprüsü</c>), <see cref="Stem"/> (<c>köprü</c>) and <see cref="Folded"/> (the exact form without
/// Turkish letters: <c>koprusu</c>); with where it is in the text, for highlighting.
/// </summary>
public readonly record struct AnalyzedToken(string Exact, string Stem, string Folded, int Start, int End);
