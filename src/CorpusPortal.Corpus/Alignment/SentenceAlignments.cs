using CorpusPortal.Model.Alignment;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Corpus.Alignment;

/// <summary>
/// The sentence pairs of two sections: the editor's alignment when the document keeps one for them, otherwise
/// the sentences the splitter finds, paired by the Gale–Church aligner. Sentences the aligner groups together
/// make one segment, as the editor's merged sentences do.
/// </summary>
public static class SentenceAlignments
{
    public static (SectionAlignment Alignment, bool Saved) For(Document document, Section left, Section right) =>
        document.Alignments.FirstOrDefault(a => a.Aligns(left.Anchor, right.Anchor)) is { } saved
            ? (saved, true)
            : (Automatic(left, right), false);

    public static SectionAlignment Automatic(Section left, Section right)
    {
        var leftSentences = Sentences(left);
        var rightSentences = Sentences(right);
        var groups = GaleChurchAligner.Align(leftSentences.Select(s => s.Length).ToList(), rightSentences.Select(s => s.Length).ToList());
        var pairs = groups
            .Select(g => new AlignedPair(Segments.Joined(g.Left.Select(i => leftSentences[i])), Segments.Joined(g.Right.Select(j => rightSentences[j]))))
            .ToList();
        return new SectionAlignment(left.Anchor, right.Anchor, pairs);
    }

    /// <summary>The sentences of a section's paragraphs, in reading order.</summary>
    private static List<TextRange> Sentences(Section section) => section.Blocks.OfType<Paragraph>()
        .SelectMany(p => SentenceSplitter.Split(p.Text).Select(s => new TextRange(p.Anchor, s.Start, s.Length)))
        .ToList();
}
