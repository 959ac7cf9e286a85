using CorpusPortal.Web.Editing;

namespace CorpusPortal.Web.Tests.Editing;

/// <summary>The history's line diff: exact for edits, bounded for versions that have nothing in common.</summary>
public sealed class LineDiffTests
{
    private static string Lines(string prefix, int count) => string.Join('\n', Enumerable.Range(0, count).Select(i => $"{prefix} {i}"));

    [Fact]
    public void An_edited_paragraph_shows_as_removed_and_added_between_kept_lines()
    {
        var diff = LineDiff.Compare("a\nb\nc\nd", "a\nB\nc\nd\ne");

        Assert.Equal(" a|-b|+B| c| d|+e", string.Join('|', diff.Select(l => $"{l.Kind}{l.Text}")));
    }

    [Fact]
    public void One_change_in_a_long_file_is_found_exactly()
    {
        var before = Lines("paragraf", 16_000);
        var after = before.Replace("paragraf 8000\n", "paragraf sekiz bin\n", StringComparison.Ordinal);

        var diff = LineDiff.Compare(before, after);

        Assert.Equal(["-paragraf 8000", "+paragraf sekiz bin"], diff.Where(l => l.Kind != ' ').Select(l => $"{l.Kind}{l.Text}"));
        Assert.Equal(16_000, diff.Count(l => l.Kind != '+'));
    }

    [Fact]
    public void Two_unrelated_long_versions_are_shown_whole_without_a_quadratic_table()
    {
        var diff = LineDiff.Compare(Lines("eski", 16_000), Lines("yeni", 16_000));

        Assert.Equal(16_000, diff.Count(l => l.Kind == '-'));
        Assert.Equal(16_000, diff.Count(l => l.Kind == '+'));
    }
}
