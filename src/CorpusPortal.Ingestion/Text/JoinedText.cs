using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;

namespace CorpusPortal.Ingestion.Text;

/// <summary>Lines joined into one text, with its source map and the footnote markers taken out of it.</summary>
internal sealed record JoinedText(string Text, SourceMap Source, IReadOnlyList<FootnoteMarker> Markers);
