namespace CorpusPortal.Model.Sources;

/// <summary>
/// Text from <see cref="TextOffset"/> on (until the next segment) was taken from the raw file starting at
/// <see cref="Start"/>. A paragraph joined from several raw lines has one segment per line.
/// </summary>
public readonly record struct SourceSegment(int TextOffset, SourcePosition Start);
