using System.Text.RegularExpressions;

namespace CorpusPortal.Ingestion.Layout;

/// <summary>
/// The notes to the authors' names (<c>* Dr. Öğr. Üyesi, …</c>) that a PDF prints at the first page's foot come,
/// in the text saved from it, after the abstracts. They are moved up under the author line that marks them, where
/// the header reading looks for them; the lines keep their numbers, so every notice still names the right line.
/// </summary>
internal static partial class FootAuthorNotes
{
    /// <summary>How far down the notes may be found: the first page's foot.</summary>
    private const int MaxBlocks = 40;

    public static IReadOnlyList<RawBlock> MoveUp(IReadOnlyList<RawBlock> blocks)
    {
        var label = Index(blocks, b => Headings.HeadingRecognizer.Label(b.FirstContent) is not null);
        if (label <= 0)
        {
            return blocks;
        }
        var authors = Index(blocks, b => b.Lines.Any(l => MarkedName().IsMatch(l.Content)));
        var notes = Index(blocks, b => StarNote().IsMatch(b.FirstContent));
        if (authors < 0 || authors >= label || notes <= label)
        {
            return blocks;
        }
        var moved = blocks.ToList();
        var block = moved[notes];
        moved.RemoveAt(notes);
        moved.Insert(authors + 1, block);
        return moved;
    }

    private static int Index(IReadOnlyList<RawBlock> blocks, Func<RawBlock, bool> test)
    {
        for (var i = 0; i < Math.Min(blocks.Count, MaxBlocks); i++)
        {
            if (test(blocks[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A name in capitals followed by stars: <c>DENEME*</c>.</summary>
    [GeneratedRegex(@"\p{Lu}{2,}\*{1,3}(?:\s|,|$)", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex MarkedName();

    [GeneratedRegex(@"^\*{1,3}\s+\S", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex StarNote();
}
