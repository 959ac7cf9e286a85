using CorpusPortal.Corpus.Alignment;
using CorpusPortal.Model.Alignment;
using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Parallel;

namespace CorpusPortal.Web.Concordance;

/// <summary>
/// The sentence aligned with a place in a paired abstract, for the parallel concordance: the editor's alignment
/// where one is saved, else the automatic one (<see cref="SentenceAlignments"/>), worked out once per document.
/// </summary>
public sealed class Counterparts(Document document)
{
    private readonly Dictionary<string, Paragraph> _paragraphs = document.Paragraphs.ToDictionary(p => p.Anchor, StringComparer.Ordinal);
    private List<(SectionAlignment Alignment, string LeftLanguage, string RightLanguage)>? _alignments;

    /// <summary>The other language's segment aligned with the one holding <paramref name="offset"/> of the paragraph, or null.</summary>
    public (string Language, string Text)? Of(string paragraph, int offset)
    {
        _alignments ??= ParallelLayout.Rows(document).Where(r => r.AlignSentences)
            .Select(r => (SentenceAlignments.For(document, r.Turkish!, r.English!).Alignment, r.Turkish!.Language, r.English!.Language))
            .ToList();
        foreach (var (alignment, leftLanguage, rightLanguage) in _alignments)
        {
            foreach (var pair in alignment.Pairs)
            {
                if (Holds(pair.Left, paragraph, offset) && pair.Right.Count > 0)
                {
                    return (rightLanguage, Segments.Text(pair.Right, _paragraphs));
                }
                if (Holds(pair.Right, paragraph, offset) && pair.Left.Count > 0)
                {
                    return (leftLanguage, Segments.Text(pair.Left, _paragraphs));
                }
            }
        }
        return null;
    }

    private static bool Holds(IReadOnlyList<TextRange> segment, string paragraph, int offset) =>
        segment.Any(r => r.Paragraph == paragraph && offset >= r.Start && offset < r.End);
}
