using CorpusPortal.Ingestion.Layout;
using CorpusPortal.Ingestion.Text;

namespace CorpusPortal.Ingestion.Tests.Text;

public sealed class LineJoinerTests
{
    [Theory]
    [InlineData("top-", "raklarının", "topraklarının")]
    [InlineData("Türki-", "ye’nin", "Türkiye’nin")]
    [InlineData("Azerbaycan-Tür-", "kiye ilişkileri", "Azerbaycan-Türkiye ilişkileri")]
    [InlineData("Bakü-Tif-", "lis-Ceyhan", "Bakü-Tiflis-Ceyhan")]
    [InlineData("Türk-", "Rus gerginliğini", "Türk-Rus gerginliğini")]
    [InlineData("BCA. 30-18-1-", "2/703-268-4", "BCA. 30-18-1-2/703-268-4")]
    [InlineData("Hasanoğlu -", "Asim Memmedov", "Hasanoğlu - Asim Memmedov")]
    [InlineData("kısmını geri", "almıştır.", "kısmını geri almıştır.")]
    public void Joins_two_lines_undoing_only_the_typesetters_hyphen(string first, string second, string expected)
    {
        var lines = SourceLine.Split(first + "\n" + second);
        var joined = new LineJoiner(new Vocabulary([])).Join([new LinePiece(lines[0]), new LinePiece(lines[1])]);

        Assert.Equal(expected, joined.Text);
    }

    [Fact]
    public void Keeps_a_hyphen_the_document_prints_inside_a_line_elsewhere()
    {
        var text = "the well-known case\nthis well-\nknown case";
        var lines = SourceLine.Split(text);
        var joiner = new LineJoiner(new Vocabulary(lines.Select(l => l.Content)));

        Assert.Equal("this well-known case", joiner.Join([new LinePiece(lines[1]), new LinePiece(lines[2])]).Text);
    }

    [Fact]
    public void Maps_every_character_back_to_its_raw_line_and_column()
    {
        var lines = SourceLine.Split("  top-\nraklarının sahibi");
        var joined = new LineJoiner(new Vocabulary([])).Join([new LinePiece(lines[0]), new LinePiece(lines[1])]);

        Assert.Equal("topraklarının sahibi", joined.Text);
        Assert.Equal((1, 3), (joined.Source.Locate(0).Line, joined.Source.Locate(0).Column));
        Assert.Equal((2, 1), (joined.Source.Locate(3).Line, joined.Source.Locate(3).Column));
        Assert.Equal((2, 12), (joined.Source.Locate(14).Line, joined.Source.Locate(14).Column));
    }
}
