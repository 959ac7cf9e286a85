using System.Text;

namespace CorpusPortal.Search.Tests;

/// <summary>The reference data in tests/reference (see its README), found from the test's folder upwards.</summary>
internal static class ReferenceData
{
    public static string Root { get; } = CorpusPortal.Tests.RepositoryRoot.Path;

    public static string PathOf(string relative) => Path.Combine(Root, "tests", "reference", relative);

    /// <summary>A Snowball vocabulary: each word of voc.txt with the stem on the same line of output.txt.</summary>
    public static IReadOnlyList<(string Word, string Stem)> Vocabulary(string language)
    {
        var words = File.ReadAllLines(PathOf($"snowball/{language}/voc.txt"), Encoding.UTF8);
        var stems = File.ReadAllLines(PathOf($"snowball/{language}/output.txt"), Encoding.UTF8);
        Assert.Equal(words.Length, stems.Length);
        return words.Zip(stems).ToList();
    }
}
