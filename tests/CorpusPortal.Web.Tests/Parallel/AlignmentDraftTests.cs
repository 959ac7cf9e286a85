using CorpusPortal.Corpus.Alignment;
using CorpusPortal.Model.Alignment;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using CorpusPortal.Web.Parallel;

namespace CorpusPortal.Web.Tests.Parallel;

/// <summary>
/// The alignment editor's operations: merging a cell with the next, cutting one at a word, and moving a column
/// against the other with empty cells. What is left is always an alignment of the whole text in reading order.
/// </summary>
public sealed class AlignmentDraftTests
{
    private static readonly Section Turkish = Abstract("abstract-tr", "tr", "p-1", "Bir iki. Üç dört. Beş altı.");
    private static readonly Section English = Abstract("abstract-en", "en", "p-2", "One two. Three four. Five six.");
    private static readonly Dictionary<string, Paragraph> Paragraphs = new[] { Turkish, English }
        .SelectMany(s => s.Blocks.OfType<Paragraph>()).ToDictionary(p => p.Anchor, StringComparer.Ordinal);

    private static Section Abstract(string anchor, string language, string paragraph, string text) => new()
    {
        Anchor = anchor,
        Kind = SectionKind.Abstract,
        Language = language,
        Blocks = [new Paragraph { Anchor = paragraph, Text = text, Source = SourceMap.Single(new SourcePosition(1, 1), text.Length) }],
    };

    private static AlignmentDraft Draft() => new(SentenceAlignments.Automatic(Turkish, English));

    /// <summary>Each row as "original | translation".</summary>
    private static List<string> Rows(AlignmentDraft draft) => Enumerable.Range(0, draft.Rows)
        .Select(r => $"{Text(draft.Cell(0, r))} | {Text(draft.Cell(1, r))}")
        .ToList();

    private static string Text(IReadOnlyList<TextRange>? cell) => cell is null ? "—" : Segments.Text(cell, Paragraphs);

    [Fact]
    public void The_automatic_alignment_pairs_sentence_with_sentence()
    {
        Assert.Equal(["Bir iki. | One two.", "Üç dört. | Three four.", "Beş altı. | Five six."], Rows(Draft()));
    }

    [Fact]
    public void Merging_joins_a_sentence_with_the_next_and_moves_its_column_up()
    {
        var draft = Draft();

        draft.Merge(0, 0);

        Assert.Equal(["Bir iki. Üç dört. | One two.", "Beş altı. | Three four.", "— | Five six."], Rows(draft));
        Assert.Equal([new TextRange("p-1", 0, 17)], draft.Cell(0, 0));
        Assert.True(draft.Changed);
    }

    [Fact]
    public void Splitting_cuts_a_sentence_at_a_word_and_moves_the_rest_down()
    {
        var draft = Draft();
        var cut = Segments.Cuts(draft.Cell(1, 1)!, Paragraphs).Single(c => c.Word == "four.");

        draft.Split(1, 1, cut);

        Assert.Equal(["Bir iki. | One two.", "Üç dört. | Three", "Beş altı. | four.", "— | Five six."], Rows(draft));
    }

    [Fact]
    public void An_empty_cell_moves_a_column_down_and_removing_it_moves_it_back()
    {
        var draft = Draft();

        draft.InsertEmpty(0, 1);
        var moved = Rows(draft);
        draft.Remove(0, 1);

        Assert.Equal(["Bir iki. | One two.", "— | Three four.", "Üç dört. | Five six.", "Beş altı. | —"], moved);
        Assert.Equal(["Bir iki. | One two.", "Üç dört. | Three four.", "Beş altı. | Five six."], Rows(draft));
    }

    [Fact]
    public void Only_empty_cells_can_be_removed_and_only_filled_neighbours_merged()
    {
        var draft = Draft();
        draft.InsertEmpty(1, 2);

        Assert.False(draft.CanRemove(0, 0));
        Assert.True(draft.CanRemove(1, 2));
        Assert.False(draft.CanMerge(1, 1));
        Assert.False(draft.CanMerge(0, 2));
    }

    [Fact]
    public void The_corrected_alignment_fits_the_text_as_the_corpus_reads_it()
    {
        var draft = Draft();
        draft.Merge(0, 0);
        draft.Split(1, 0, Segments.Cuts(draft.Cell(1, 0)!, Paragraphs)[0]);
        draft.InsertEmpty(0, 3);

        var (fitting, warnings) = CorpusPortal.Corpus.Alignment.AlignmentFit.Check([Turkish, English], [draft.ToAlignment()], 1);

        Assert.Empty(warnings);
        Assert.Single(fitting);
        Assert.All(draft.ToAlignment().Pairs, p => Assert.True(p.Left.Count + p.Right.Count > 0));
    }

    [Fact]
    public void A_cut_between_paragraphs_separates_a_segment_that_spans_them()
    {
        var segment = new List<TextRange> { new("p-1", 18, 9), new("p-2", 0, 8) };

        var cuts = Segments.Cuts(segment, Paragraphs);
        var (first, second) = Segments.Split(segment, cuts.Single(c => c.Range == 1 && c.Start == 0));

        Assert.Equal([new TextRange("p-1", 18, 9)], first);
        Assert.Equal([new TextRange("p-2", 0, 8)], second);
    }
}
