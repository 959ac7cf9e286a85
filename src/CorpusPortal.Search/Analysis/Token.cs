namespace CorpusPortal.Search.Analysis;

/// <summary>A word of a text: its characters as printed and where they are (<see cref="Start"/> inclusive, <see cref="End"/> exclusive).</summary>
public readonly record struct Token(string Text, int Start, int End);
