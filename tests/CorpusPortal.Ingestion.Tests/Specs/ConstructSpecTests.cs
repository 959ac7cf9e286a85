using CorpusPortal.Ingestion.Tests.Seeds;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Ingestion.Tests.Specs;

/// <summary>
/// Each construct the importer understands has a spec file in this folder: a raw snippet in, a readable outline
/// out. After a deliberate change of the importer, run the tests with CORPUS_UPDATE_SPECS=1 to rewrite the
/// outlines, then read the diff: every changed line is a change in what editors will see.
/// </summary>
public sealed class ConstructSpecTests
{
    private static string Folder => Path.Combine(SeedFiles.RepositoryRoot, "tests", "CorpusPortal.Ingestion.Tests", "Specs");

    private static IEnumerable<string> SpecNames() =>
        Directory.EnumerateFiles(Folder, "*.spec").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> Specs() => new(SpecNames());

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_importer_makes_the_expected_outline(string name)
    {
        var spec = ConstructSpec.Load(Path.Combine(Folder, name + ".spec"));

        var actual = DocumentOutline.Write(Importer.ImportText(spec.Raw, name + ".txt"));

        if (Environment.GetEnvironmentVariable("CORPUS_UPDATE_SPECS") == "1" && actual != spec.Outline)
        {
            File.WriteAllText(spec.Path, spec.WithOutline(actual));
            return;
        }
        Assert.Equal(spec.Outline, actual);
    }

    [Fact]
    public void There_is_a_spec_for_every_construct_the_issue_names()
    {
        string[] constructs =
        [
            "double-spaced-layout", "hyphenated-line-ends", "page-break-continuation", "footnote-markers",
            "headings", "abstracts-and-keywords", "table", "web-boilerplate", "archival-citation-forms",
            "mixed-citations", "bibliographic-back-references", "archival-typo-warning",
        ];

        Assert.Empty(constructs.Except(SpecNames(), StringComparer.Ordinal));
    }
}
