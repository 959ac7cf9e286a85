using CorpusPortal.Search.Analysis;

namespace CorpusPortal.Search.Index;

/// <summary>
/// A passage's columns in the full-text table: its words in three forms (exact, stem, folded), space-separated
/// and aligned word for word, and the archival units it cites.
/// </summary>
internal sealed record IndexedPassage(Passage Passage, string Exact, string Stem, string Folded, string Archival)
{
    public static IndexedPassage From(Passage passage, TextAnalyzer analyzer)
    {
        var tokens = analyzer.Analyze(passage.Text, passage.Language);
        return new IndexedPassage(
            passage,
            string.Join(' ', tokens.Select(t => t.Exact)),
            string.Join(' ', tokens.Select(t => t.Stem)),
            string.Join(' ', tokens.Select(t => t.Folded)),
            string.Join(' ', passage.ArchivalUnits.SelectMany(ArchivalTerms.Forms).Distinct(StringComparer.Ordinal)));
    }
}
