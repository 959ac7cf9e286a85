using CorpusPortal.Benchmarks.Fidelity;
using CorpusPortal.Ingestion.Tests.Seeds;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Ingestion.Tests.Fidelity;

/// <summary>
/// The fidelity set: papers written once (<see cref="FidelityPaper"/>) and brought to the importer as a pasted
/// text, a Word file and a PDF the tests set themselves. Each version must give the paper's expected outline:
/// the text version exactly, the Word and PDF versions in every construct (the notices differ, as their line
/// numbers are those of the text read from the file). After a deliberate change of the importer, run with
/// CORPUS_UPDATE_SPECS=1 to rewrite the expected outlines from the text versions, and read the diff.
/// </summary>
public sealed class FidelitySetTests
{
    private static string Folder => Path.Combine(SeedFiles.RepositoryRoot, "tests", "CorpusPortal.Ingestion.Tests", "Fidelity");

    public static TheoryData<string> Papers() => new(FidelityPaper.All(Folder).Select(p => p.Name));

    public static TheoryData<string> WebPapers() => new(FidelityPaper.All(Folder).Where(p => p.HasHtml).Select(p => p.Name));

    public static TheoryData<string> PdfPapers() => new(FidelityPaper.All(Folder).Where(p => p.HasPdf).Select(p => p.Name));

    private static FidelityPaper Load(string name) => FidelityPaper.Load(Path.Combine(Folder, name + ".paper"));

    [Theory]
    [MemberData(nameof(Papers))]
    public void The_text_version_gives_the_expected_outline(string name)
    {
        var paper = Load(name);

        var actual = DocumentOutline.Write(Importer.ImportText(PaperText.Write(paper.Paper, paper.EndnotesHeading), name + ".txt"));

        if (Environment.GetEnvironmentVariable("CORPUS_UPDATE_SPECS") == "1" && actual != paper.Outline)
        {
            File.WriteAllText(paper.Path, paper.WithOutline(actual));
            return;
        }
        Assert.Equal(paper.Outline, actual);
    }

    [Theory]
    [MemberData(nameof(PdfPapers))]
    public void The_PDF_version_gives_the_same_constructs(string name)
    {
        var paper = Load(name);

        var document = Importer.Import(PaperPdf.Write(paper.Paper, paper.PdfLayout), name + ".pdf");

        Assert.Equal(OutlineConstructs.Of(paper.Outline), OutlineConstructs.Of(DocumentOutline.Write(document)));
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void The_Word_version_gives_the_same_constructs(string name)
    {
        var paper = Load(name);

        var document = Importer.Import(PaperDocx.Write(paper.Paper, endnotes: paper.EndnotesHeading is not null), name + ".docx");

        Assert.Equal(OutlineConstructs.Of(paper.Outline), OutlineConstructs.Of(DocumentOutline.Write(document)));
    }

    [Theory]
    [MemberData(nameof(WebPapers))]
    public void The_web_page_version_gives_the_same_constructs(string name)
    {
        var paper = Load(name);

        var document = Importer.Import(System.Text.Encoding.UTF8.GetBytes(PaperHtml.Write(paper.Paper)), name + ".html");

        Assert.Equal(OutlineConstructs.Of(paper.Outline), OutlineConstructs.Of(DocumentOutline.Write(document)));
    }

    [Fact]
    public void The_set_has_twelve_papers_six_of_them_also_as_PDFs_and_a_web_page()
    {
        var papers = FidelityPaper.All(Folder);

        Assert.True(papers.Count >= 12, $"{papers.Count} papers");
        Assert.True(papers.Count(p => p.HasPdf) >= 6, $"{papers.Count(p => p.HasPdf)} as PDFs");
        Assert.Contains(papers, p => p.HasHtml);
        Assert.Contains(papers, p => p.PdfLayout.TwoColumns);
        Assert.Contains(papers, p => p.EndnotesHeading is not null);
    }
}
