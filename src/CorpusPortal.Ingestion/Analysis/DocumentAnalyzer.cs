using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Ingestion.Analysis;

/// <summary>
/// What can be derived from a document's text, whether it was just imported or read back from the corpus:
/// its citations and the quality warnings an editor should look at.
/// </summary>
public static class DocumentAnalyzer
{
    public static Document Analyze(Document document, IEnumerable<ImportWarning>? importNotes = null)
    {
        var linked = Footnotes.FootnoteLinks.Link(document);
        var warnings = new List<ImportWarning>(importNotes ?? []);
        return linked with { Warnings = warnings };
    }
}
