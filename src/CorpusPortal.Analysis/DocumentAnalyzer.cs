using CorpusPortal.Analysis.Checks;
using CorpusPortal.Analysis.Citations;
using CorpusPortal.Analysis.Citations.Archival;
using CorpusPortal.Analysis.Citations.Archival.Registry;
using CorpusPortal.Analysis.Citations.AuthorYear;
using CorpusPortal.Analysis.Citations.Bibliographic;
using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Analysis;

/// <summary>
/// What can be derived from a document's text, whether it was just imported or read back from the corpus:
/// footnote links, citations (archival, author-year, bibliographic with back-references resolved) and the
/// quality warnings an editor should look at.
/// </summary>
public static class DocumentAnalyzer
{
    /// <param name="archives">The archives whose citations are recognised (<see cref="ArchiveRegistry.Default"/> when not given).</param>
    public static Document Analyze(Document document, IEnumerable<ImportWarning>? importNotes = null, ArchiveRegistry? archives = null)
    {
        archives ??= ArchiveRegistry.Default;
        var linked = Footnotes.FootnoteLinks.Link(document);
        var texts = Texts(linked).ToList();
        var archivalByText = texts.Select(t => (Text: t, Found: ArchivalCitationScanner.Scan(t, archives))).ToList();
        var archival = archivalByText.SelectMany(t => t.Found).ToList();
        var archivalByAnchor = archival.ToLookup(a => a.Location.Anchor, StringComparer.Ordinal);
        var authorYear = texts.Where(t => !t.Anchor.StartsWith("fn-", StringComparison.Ordinal))
            .SelectMany(t => AuthorYearScanner.Scan(t).Where(c => !Overlaps(c, archivalByAnchor[t.Anchor])))
            .ToList();
        // A note's entry that is an archival reference (BOA, HR.SYS, 2878/45) cites a document, not a work.
        var entries = linked.Footnotes
            .SelectMany(f => FootnoteEntryParser.Parse(f.Number, new TextSource(f.Anchor, f.Text, f.Source)).Where(e => !Overlaps(e, archivalByAnchor[f.Anchor])))
            .ToList();
        var archivalNotes = linked.Footnotes.Where(f => archivalByAnchor[f.Anchor].Any()).Select(f => f.Number).ToHashSet();
        var (bibliographic, referenceWarnings) = BackReferenceResolver.Resolve(entries, archivalNotes);

        var warnings = new List<ImportWarning>(importNotes ?? []);
        warnings.AddRange(FootnoteChecks.Check(linked));
        warnings.AddRange(referenceWarnings);
        warnings.AddRange(AbstractChecks.Check(linked));
        warnings.AddRange(MojibakeCheck.Check(linked));
        warnings.AddRange(ArchivalChecks.Check(archival));
        warnings.AddRange(archivalByText.SelectMany(t => ArchivalCitationScanner.Unlisted(t.Text, t.Found, archives)));
        warnings.AddRange(RecordChecks.Check(linked.Metadata));
        return linked with
        {
            Citations = [.. archival, .. authorYear, .. bibliographic],
            Warnings = warnings,
        };
    }

    private static IEnumerable<TextSource> Texts(Document document)
    {
        foreach (var block in document.Sections.SelectMany(s => s.Blocks))
        {
            if (block is Paragraph paragraph)
            {
                yield return new TextSource(paragraph.Anchor, paragraph.Text, paragraph.Source);
            }
            else if (block is Table { SourceNote: { } note, NoteSource: { } map } table)
            {
                yield return new TextSource(table.Anchor, note, map);
            }
        }
        foreach (var footnote in document.Footnotes)
        {
            yield return new TextSource(footnote.Anchor, footnote.Text, footnote.Source);
        }
    }

    private static bool Overlaps(Citation citation, IEnumerable<ArchivalCitation> archival) =>
        archival.Any(a => a.Location.Offset < citation.Location.Offset + citation.Location.Length
            && citation.Location.Offset < a.Location.Offset + a.Location.Length);
}
