using CorpusPortal.Model.Alignment;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Corpus.Alignment;

/// <summary>
/// Whether a saved alignment still fits its sections' text. Each side's ranges, taken pair by pair, must run
/// through the section's paragraphs in reading order and hold all of their text: no overlap, nothing between two
/// ranges but white space, no range starting or ending in it. Text edited since the alignment was saved almost
/// always breaks this; such an alignment is set aside with a warning and the sections are aligned automatically.
/// </summary>
public static class AlignmentFit
{
    public const string StaleCode = "alignment-stale";

    public static (List<SectionAlignment> Fitting, List<ImportWarning> Warnings) Check(
        IReadOnlyList<Section> sections, IEnumerable<SectionAlignment> alignments, int line)
    {
        var fitting = new List<SectionAlignment>();
        var warnings = new List<ImportWarning>();
        foreach (var alignment in alignments)
        {
            var problem = fitting.Any(a => a.Left == alignment.Left)
                ? $"{alignment.Left} is aligned twice; the first alignment is kept"
                : Problem(sections, alignment.Left, alignment.Pairs.Select(p => p.Left))
                    ?? Problem(sections, alignment.Right, alignment.Pairs.Select(p => p.Right));
            if (problem is null)
            {
                fitting.Add(alignment);
            }
            else
            {
                warnings.Add(new ImportWarning(StaleCode,
                    $"the saved sentence alignment of {alignment.Left} and {alignment.Right} no longer fits the text ({problem}); " +
                    "the parallel view aligns them automatically until an editor aligns them again", line));
            }
        }
        return (fitting, warnings);
    }

    private static string? Problem(IReadOnlyList<Section> sections, string anchor, IEnumerable<IReadOnlyList<TextRange>> segments)
    {
        if (sections.FirstOrDefault(s => s.Anchor == anchor) is not { } section)
        {
            return $"there is no section {anchor}";
        }
        var paragraphs = section.Blocks.OfType<Paragraph>().ToList();
        var index = 0;
        var position = 0;
        foreach (var range in segments.SelectMany(s => s))
        {
            while (index < paragraphs.Count && paragraphs[index].Anchor != range.Paragraph)
            {
                if (!IsBlank(paragraphs[index].Text, position, paragraphs[index].Text.Length))
                {
                    return $"no pair holds the text of {paragraphs[index].Anchor} from character {position}";
                }
                index++;
                position = 0;
            }
            if (index == paragraphs.Count)
            {
                return $"{range.Paragraph} is not a paragraph of {anchor}, or not in reading order";
            }
            var text = paragraphs[index].Text;
            if (range.Start < position || range.End > text.Length)
            {
                return $"{range.Paragraph}:{range.Start}-{range.End} overlaps another range, is out of reading order or runs past the paragraph";
            }
            if (!IsBlank(text, position, range.Start))
            {
                return $"no pair holds the text of {range.Paragraph} from character {position}";
            }
            if (char.IsWhiteSpace(text[range.Start]) || char.IsWhiteSpace(text[range.End - 1]))
            {
                return $"{range.Paragraph}:{range.Start}-{range.End} does not begin and end where words do";
            }
            position = range.End;
        }
        for (; index < paragraphs.Count; index++, position = 0)
        {
            if (!IsBlank(paragraphs[index].Text, position, paragraphs[index].Text.Length))
            {
                return $"no pair holds the text of {paragraphs[index].Anchor} from character {position}";
            }
        }
        return null;
    }

    private static bool IsBlank(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
