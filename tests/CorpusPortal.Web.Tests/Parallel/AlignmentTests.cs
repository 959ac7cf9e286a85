using CorpusPortal.Corpus.Alignment;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Parallel;

namespace CorpusPortal.Web.Tests.Parallel;

/// <summary>Sentence splitting and Gale–Church alignment, on 000's Turkish abstract and its English translation.</summary>
public sealed class AlignmentTests
{
    private static (string Turkish, string English) Abstracts()
    {
        var document = new CorpusFolder(Path.Combine(PortalFactory.RepositoryRoot, "corpus")).Read("000_91073a8e0371b68b");
        string Text(string language) => document.Abstracts.Single(a => a.Language == language).Blocks.OfType<Paragraph>().Single().Text;
        return (Text("tr"), Text("en"));
    }

    private static List<string> Sentences(string text) => SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

    [Theory]
    [InlineData("Bu bir cümle. Bu da ikincisi! Üçüncü mü? Evet.", 4)]
    [InlineData("19. yüzyılda bölge önemliydi. Sonra değişti.", 2)]
    [InlineData("Aslanlı (s. 5) bunu yazdı. Dr. Kaya da katıldı.", 2)]
    [InlineData("A. Aslanlı ve “Bir Millet İki Devlet.” Sonra geldi.", 2)]
    [InlineData("As a result of the research; It has been determined.", 1)]
    public void Splits_sentences_but_not_at_abbreviations_numbers_or_initials(string text, int count) =>
        Assert.Equal(count, SentenceSplitter.Split(text).Count);

    [Fact]
    public void Sentences_are_ranges_of_the_original_text()
    {
        var (turkish, _) = Abstracts();

        var rebuilt = string.Join(" ", Sentences(turkish));

        Assert.Equal(turkish, rebuilt);
    }

    [Fact]
    public void Thesis_abstract_000_aligns_sentence_by_sentence()
    {
        var (turkish, english) = Abstracts();
        var tr = Sentences(turkish);
        var en = Sentences(english);

        var groups = GaleChurchAligner.Align(tr.Select(s => s.Length).ToList(), en.Select(s => s.Length).ToList());

        Assert.Equal(Enumerable.Range(0, tr.Count), groups.SelectMany(g => g.Left));
        Assert.Equal(Enumerable.Range(0, en.Count), groups.SelectMany(g => g.Right));
        Assert.StartsWith("Bu araştırmada", tr[groups[0].Left[0]], StringComparison.Ordinal);
        Assert.StartsWith("In this research", en[groups[0].Right[0]], StringComparison.Ordinal);
        var last = groups[^1];
        Assert.Contains("enerji politikasını", tr[last.Left[^1]], StringComparison.Ordinal);
        Assert.Contains("energy policy", en[last.Right[^1]], StringComparison.Ordinal);
        var stability = groups.Single(g => g.Left.Any(i => tr[i].Contains("kırılgan yapının", StringComparison.Ordinal)));
        Assert.Contains(stability.Right, j => en[j].Contains("fragile structure", StringComparison.Ordinal));
        Assert.True(groups.Count(g => g.Left.Count == 1 && g.Right.Count == 1) >= groups.Count - 2, string.Join(" | ", groups.Select(g => $"{g.Left.Count}-{g.Right.Count}")));
    }

    [Fact]
    public void A_sentence_the_translation_merged_is_grouped_with_its_neighbour()
    {
        // The translator joined the second and third sentences into one.
        var groups = GaleChurchAligner.Align([100, 60, 60, 90], [98, 125, 88], ratio: 1.0);

        Assert.Equal(new[] { (1, 1), (2, 1), (1, 1) }, groups.Select(g => (g.Left.Count, g.Right.Count)));
    }

    [Fact]
    public void Every_sentence_of_both_sides_is_in_exactly_one_group_in_order()
    {
        var groups = GaleChurchAligner.Align([100, 300, 120, 5], [102, 118]);

        Assert.Equal([0, 1, 2, 3], groups.SelectMany(g => g.Left));
        Assert.Equal([0, 1], groups.SelectMany(g => g.Right));
    }

    [Fact]
    public void Long_abstracts_are_aligned_within_a_band_along_the_diagonal()
    {
        // Two 8,000-sentence texts took 33 s and about 1 GB with the full table (issue 14); the band keeps it linear.
        var random = new Random(14);
        var left = Enumerable.Range(0, 8000).Select(_ => random.Next(40, 200)).ToList();
        var right = left.Select(l => (int)(l * 1.1)).ToList();
        right.Insert(4000, 90);

        var groups = GaleChurchAligner.Align(left, right);

        Assert.Equal(left.Count, groups.Sum(g => g.Left.Count));
        Assert.Equal(right.Count, groups.Sum(g => g.Right.Count));
        Assert.True(groups.Count(g => g.Left.Count == 1 && g.Right.Count == 1) > 7900);
    }

    [Fact]
    public void Texts_beyond_the_sentence_limit_are_paired_as_one_block()
    {
        var left = Enumerable.Repeat(100, GaleChurchAligner.MaxSentences + 1).ToList();

        var groups = GaleChurchAligner.Align(left, [100, 100]);

        Assert.Single(groups);
        Assert.Equal(left.Count, groups[0].Left.Count);
    }

    [Theory]
    [InlineData(1, 1000)]
    [InlineData(1000, 1)]
    [InlineData(0, 5)]
    [InlineData(5, 0)]
    [InlineData(3, 700)]
    public void Texts_of_very_different_sentence_counts_still_align_every_sentence(int leftCount, int rightCount)
    {
        var groups = GaleChurchAligner.Align(Enumerable.Repeat(80, leftCount).ToList(), Enumerable.Repeat(80, rightCount).ToList());

        Assert.Equal(leftCount, groups.Sum(g => g.Left.Count));
        Assert.Equal(rightCount, groups.Sum(g => g.Right.Count));
    }
}
