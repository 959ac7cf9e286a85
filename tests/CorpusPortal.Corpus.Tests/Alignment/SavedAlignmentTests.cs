using CorpusPortal.Corpus.Alignment;
using CorpusPortal.Corpus.Json;
using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Model.Alignment;

namespace CorpusPortal.Corpus.Tests.Alignment;

/// <summary>
/// An editor's sentence alignment of two abstracts is kept in the canonical file (front matter "alignment"),
/// read back as it was written, refused with its line when it cannot be read, and set aside with a warning
/// when the text it was made for has changed.
/// </summary>
public sealed class SavedAlignmentTests
{
    private const string Turkish = "Birinci cümle burada. İkinci cümle de burada.";
    private const string English = "The first sentence is here. The second one is here too.";

    private static string File(string alignment, string turkish = Turkish) =>
        "---\nid: deneme\nkind: thesis-abstract\nlanguage: tr\nsource: deneme.txt\ntitle: {}\nauthors: []\n" + alignment + "---\n\n" +
        $"# Öz {{#abstract-tr .abstract lang=tr}}\n\n{turkish} {{#p-1}}\n\n# Abstract {{#abstract-en .abstract lang=en}}\n\n{English} {{#p-2}}\n";

    private const string TwoPairs = "alignment:\n- left: abstract-tr\n  right: abstract-en\n  pairs:\n  - p-1:0-21 = p-2:0-27\n  - p-1:22-45 = p-2:28-55\n";

    [Fact]
    public void A_saved_alignment_is_read_as_pairs_of_ranges()
    {
        var document = CanonicalReader.Read(File(TwoPairs), "deneme.md");

        var alignment = Assert.Single(document.Alignments);
        Assert.True(alignment.Aligns("abstract-tr", "abstract-en"));
        Assert.Equal([new TextRange("p-1", 0, 21)], alignment.Pairs[0].Left);
        Assert.Equal([new TextRange("p-2", 28, 27)], alignment.Pairs[1].Right);
        Assert.DoesNotContain(document.Warnings, w => w.Code == AlignmentFit.StaleCode);
    }

    [Fact]
    public void Writing_and_reading_back_keeps_the_alignment()
    {
        var document = CanonicalReader.Read(File(TwoPairs), "deneme.md");
        var merged = document with
        {
            Alignments = [new SectionAlignment("abstract-tr", "abstract-en", [new AlignedPair([new TextRange("p-1", 0, 45)], [new TextRange("p-2", 0, 27), new TextRange("p-2", 28, 27)])])],
        };

        var written = CanonicalWriter.Write(merged);
        var readBack = CanonicalReader.Read(written, "deneme.md");

        Assert.Contains("- p-1:0-45 = p-2:0-27 p-2:28-55\n", written);
        Assert.Equal(DocumentJson.Write(DocumentJson.Export(merged)), DocumentJson.Write(DocumentJson.Export(readBack)));
    }

    [Fact]
    public void A_document_without_a_saved_alignment_writes_no_alignment_field()
    {
        var document = CanonicalReader.Read(File(""), "deneme.md");

        Assert.Empty(document.Alignments);
        Assert.DoesNotContain("alignment", CanonicalWriter.Write(document));
    }

    [Theory]
    [InlineData("  - p-1:0-21 p-2:0-27\n", "needs one '='")]
    [InlineData("  - p-1:0-21 = p-2:zero-27\n", "'p-2:zero-27' is not a range")]
    [InlineData("  - p-1:21-0 = p-2:0-27\n", "ends before it starts")]
    [InlineData("  - ' = '\n", "has no range on either side")]
    public void A_pair_that_cannot_be_read_is_refused_at_the_alignment_line(string pair, string problem)
    {
        var text = File("alignment:\n- left: abstract-tr\n  right: abstract-en\n  pairs:\n" + pair);

        var e = Assert.Throws<CorpusFormatException>(() => CanonicalReader.Read(text, "deneme.md"));

        Assert.Equal(8, e.Line);
        Assert.Contains("alignment 1, pair 1", e.Problem);
        Assert.Contains(problem, e.Problem);
    }

    [Theory]
    [InlineData("Birinci cümle burad. İkinci cümle de burada.", "p-1:0-21 does not begin and end where words do")]
    [InlineData("Birinci cümle, burada. İkinci cümle de burada.", "no pair holds the text of p-1 from character 21")]
    [InlineData("Birinci cümle burada. İkinci cümle de burada. Üçüncü eklendi.", "no pair holds the text of p-1 from character 45")]
    public void An_alignment_the_edited_text_no_longer_fits_is_set_aside_with_a_warning(string editedTurkish, string problem)
    {
        var document = CanonicalReader.Read(File(TwoPairs, editedTurkish), "deneme.md");

        Assert.Empty(document.Alignments);
        var warning = Assert.Single(document.Warnings, w => w.Code == AlignmentFit.StaleCode);
        Assert.Contains(problem, warning.Message);
        Assert.Equal(8, warning.Line);
    }

    [Fact]
    public void Ranges_out_of_reading_order_do_not_fit()
    {
        var swapped = TwoPairs.Replace("p-1:0-21 = p-2:0-27\n  - p-1:22-45", "p-1:0-21 p-1:22-45 = p-2:0-27\n  - p-1:0-21", StringComparison.Ordinal);

        var document = CanonicalReader.Read(File(swapped), "deneme.md");

        Assert.Empty(document.Alignments);
        Assert.Contains(document.Warnings, w => w.Code == AlignmentFit.StaleCode && w.Message.Contains("p-1:0-21 overlaps another range, is out of reading order", StringComparison.Ordinal));
    }
}
