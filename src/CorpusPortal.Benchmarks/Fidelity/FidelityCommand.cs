using CorpusPortal.Ingestion;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Benchmarks.Fidelity;

/// <summary>
/// <c>fidelity</c>: imports every paper of the fidelity set (tests/CorpusPortal.Ingestion.Tests/Fidelity) as a
/// pasted text, a Word file, a PDF, the text a PDF reader saves of that PDF, and (news articles) a saved web page,
/// and prints precision, recall and F1 per construct and format against the papers' expected outlines, and the papers whose versions differ from their outline (<c>-v</c>: line by line).
/// The speed of PDF and Word import is measured by <c>figures</c>.
/// </summary>
public static class FidelityCommand
{
    public static int Run(TextWriter output, bool verbose)
    {
        var folder = Path.Combine(RepositoryFiles.Root, "tests", "CorpusPortal.Ingestion.Tests", "Fidelity");
        var papers = FidelityPaper.All(folder);
        var formats = new[] { "text", "docx", "pdf", "pdf-text", "html" };
        var scores = formats.ToDictionary(f => f, _ => new FidelityScore());
        var counts = formats.ToDictionary(f => f, _ => 0);
        var misses = new List<string>();
        foreach (var paper in papers)
        {
            foreach (var format in formats)
            {
                if ((format is "pdf" or "pdf-text" && !paper.HasPdf) || (format == "html" && !paper.HasHtml))
                {
                    continue;
                }
                var bytes = format switch
                {
                    "text" => System.Text.Encoding.UTF8.GetBytes(PaperText.Write(paper.Paper, paper.EndnotesHeading)),
                    "docx" => PaperDocx.Write(paper.Paper, endnotes: paper.EndnotesHeading is not null),
                    "html" => System.Text.Encoding.UTF8.GetBytes(PaperHtml.Write(paper.Paper)),
                    "pdf-text" => System.Text.Encoding.UTF8.GetBytes(PaperText.FromPdf(PaperPdf.Write(paper.Paper, paper.PdfLayout))),
                    _ => PaperPdf.Write(paper.Paper, paper.PdfLayout),
                };
                var document = Importer.Import(bytes, $"{paper.Name}.{format}");
                var actual = DocumentOutline.Write(document);
                scores[format].Add(paper.Outline, actual);
                counts[format]++;
                if (OutlineConstructs.Of(actual) != OutlineConstructs.Of(paper.Outline))
                {
                    misses.Add($"{paper.Name} ({format})");
                    if (verbose)
                    {
                        Report(output, paper, format, actual);
                    }
                }
            }
        }
        output.WriteLine($"Fidelity set: {papers.Count} papers ({counts["text"]} as text, {counts["docx"]} as Word files, {counts["pdf"]} as PDFs, {counts["pdf-text"]} as the text saved from the PDF, {counts["html"]} as web pages)");
        output.WriteLine();
        output.WriteLine($"| construct | {string.Join(" | ", formats.Select(f => $"{f} P / R / F1"))} |");
        output.WriteLine($"|---|{string.Concat(formats.Select(_ => "---|"))}");
        var worst = 1.0;
        foreach (var (construct, _) in FidelityScore.Constructs)
        {
            var cells = formats.Select(f => scores[f].Of(construct) is { } s ? $"{s.Precision:F3} / {s.Recall:F3} / {s.F1:F3} ({s.Expected})" : "-").ToList();
            worst = Math.Min(worst, formats.Select(f => scores[f].Of(construct)?.F1 ?? 1).Min());
            output.WriteLine($"| {construct} | {string.Join(" | ", cells)} |");
        }
        output.WriteLine();
        output.WriteLine($"Lowest F1: {worst:F3} (goal: at least 0.98 for every construct and format)");
        output.WriteLine(misses.Count == 0 ? "Every version gives its paper's outline." : $"Versions that differ from their outline: {string.Join(", ", misses)}");
        return 0;
    }

    private static void Report(TextWriter output, FidelityPaper paper, string format, string actual)
    {
        var expected = OutlineConstructs.Of(paper.Outline).Split('\n').ToHashSet(StringComparer.Ordinal);
        var got = OutlineConstructs.Of(actual).Split('\n').ToHashSet(StringComparer.Ordinal);
        output.WriteLine($"--- {paper.Name} ({format})");
        foreach (var line in expected.Except(got))
        {
            output.WriteLine($"  missing: {line.Trim()}");
        }
        foreach (var line in got.Except(expected))
        {
            output.WriteLine($"  extra:   {line.Trim()}");
        }
    }
}
