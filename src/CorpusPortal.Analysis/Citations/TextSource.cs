using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Sources;

namespace CorpusPortal.Analysis.Citations;

/// <summary>A text in which citations are looked for: a paragraph, a footnote or a table's source note.</summary>
internal readonly record struct TextSource(string Anchor, string Text, SourceMap Map)
{
    public CitationLocation Locate(int offset, int length) => new(Anchor, offset, length, Map.SpanOf(offset, length));
}
