using System.Text.RegularExpressions;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Text;

namespace CorpusPortal.Search.Tests.Analysis;

/// <summary>Turkish lowercasing and the Turkish chain against the cases written down from Lucene's tests.</summary>
public sealed class TurkishCasingTests
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadAllLines(ReferenceData.PathOf("casing/turkish-lowercase-cases.tsv")))
        {
            if (line.StartsWith('#') || line.StartsWith("component", StringComparison.Ordinal))
            {
                continue;
            }
            var fields = line.Split('\t');
            data.Add(fields[0], fields[1], Regex.Unescape(fields[2]), Regex.Unescape(fields[3]));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lowercases_as_Lucene_does(string component, string tokenizer, string input, string expected)
    {
        IEnumerable<string> tokens = tokenizer switch
        {
            "keyword" => [TurkishCasing.ToLowerTurkish(input)],
            "whitespace" when component.Contains("Apostrophe", StringComparison.Ordinal) =>
                input.Split(' ').Select(t => TurkishCasing.ToLowerTurkish(Apostrophes.CutTurkish(t))),
            "whitespace" => input.Split(' ').Select(TurkishCasing.ToLowerTurkish),
            _ => new TextAnalyzer().Analyze(input, "tr").Select(t => t.Stem),
        };

        var actual = string.Join(' ', tokens.Select(t => t.Length == 0 ? "<empty>" : t));

        Assert.Equal(expected, actual.Length == 0 ? "<none>" : actual);
    }

    [Theory]
    [InlineData("ISPARTA", "ısparta")]
    [InlineData("İSTANBUL", "istanbul")]
    [InlineData("IĞDIR", "ığdır")]
    [InlineData("Irak", "ırak")]
    public void The_four_is_are_four_letters(string word, string lower) => Assert.Equal(lower, TurkishCasing.ToLowerTurkish(word));

    [Fact]
    public void English_lowercasing_does_not_depend_on_Turkish_rules() => Assert.Equal("iran", TurkishCasing.ToLowerEnglish("IRAN"));

    [Theory]
    [InlineData("İlham Aliyev", "ilham aliyev")]
    [InlineData("İKİ", "iki")]
    public void English_lowercasing_lowercases_the_dotted_capital_of_a_Turkish_name(string text, string lower) =>
        Assert.Equal(lower, TurkishCasing.ToLowerEnglish(text));
}
