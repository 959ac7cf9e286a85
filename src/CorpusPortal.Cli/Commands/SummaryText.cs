using CorpusPortal.Model.Warnings;
using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Cli.Commands;

/// <summary>The human-readable summary of a document (the JSON one is DocumentJson.Summary).</summary>
internal static class SummaryText
{
    public static void Write(TextWriter output, Document document, string? path = null)
    {
        output.WriteLine($"{document.Id} ({KindNames.Name(document.Metadata.Kind)}, {string.Join("/", document.Languages)}) from {document.Metadata.SourceFile}{(path is null ? "" : $" -> {path}")}");
        foreach (var (language, title) in document.Metadata.Titles)
        {
            output.WriteLine($"  title [{language}]: {title}");
        }
        output.WriteLine($"  {document.Sections.Count} sections, {document.Paragraphs.Count()} paragraphs, {document.Tables.Count()} tables, {document.Footnotes.Count} footnotes");
        output.WriteLine($"  citations: {document.Citations.OfType<ArchivalCitation>().Count()} archival, {document.Citations.OfType<AuthorYearCitation>().Count()} author-year, {document.Citations.OfType<BibliographicCitation>().Count()} bibliographic");
        foreach (var warning in document.Warnings)
        {
            output.WriteLine($"  {warning.Severity.Name()}: {warning.Code}{(warning.Line is { } line ? $" (line {line})" : "")}: {warning.Message}");
        }
    }
}
