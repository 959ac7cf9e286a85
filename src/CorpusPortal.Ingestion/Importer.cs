using CorpusPortal.Analysis;
using CorpusPortal.Ingestion.Assembly;
using CorpusPortal.Analysis.Checks;
using CorpusPortal.Analysis.Citations.Archival.Registry;
using CorpusPortal.Ingestion.Layout;
using CorpusPortal.Ingestion.Sources;
using CorpusPortal.Ingestion.Sources.Pdf;
using CorpusPortal.Ingestion.Sources.Tei;
using CorpusPortal.Ingestion.Text;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;
using CorpusPortal.Text;

namespace CorpusPortal.Ingestion;

/// <summary>
/// Raw text of a paper in, document out: decodes the bytes, reads the layout, sorts the blocks into the
/// structure of a paper, joins lines, then finds citations and checks the result (<see cref="DocumentAnalyzer"/>).
/// </summary>
public static class Importer
{
    /// <param name="archives">The archives whose citations are recognised: the corpus's registry (<see cref="ArchiveRegistry.Default"/> when not given).</param>
    public static Document Import(ReadOnlySpan<byte> bytes, string sourceFile, string? id = null, ArchiveRegistry? archives = null)
    {
        var format = SourceFormats.Detect(bytes);
        switch (format)
        {
            case SourceFormat.Pdf:
                var (pdfText, pdfHints) = PdfSource.Read(bytes.ToArray());
                var note = new ImportWarning("pdf-source",
                    $"read a PDF from its pages' layout: notes from the small type at the pages' foot, their markers from raised numbers, italics from the type{(pdfHints.Dropped is { } left ? $"; left out the {left}" : "")}; its lines are those of the text read from it", null)
                { Severity = WarningSeverity.Info };
                return ItalicPhrases.Apply(Completed(ImportText(pdfText, sourceFile, id, archives), pdfHints, note), pdfHints);
            case SourceFormat.Tei:
                // The structure is the file's own: only citations, note links and checks are worked out.
                var (teiDocument, teiNotes) = TeiSource.Read(bytes.ToArray(), sourceFile, id);
                return DocumentAnalyzer.Analyze(teiDocument, teiNotes, archives);
            case SourceFormat.Docx:
                var (wordText, wordHints) = DocxSource.Read(bytes.ToArray());
                var fromWord = ItalicPhrases.Apply(ImportText(wordText, sourceFile, id, archives), wordHints);
                return fromWord with
                {
                    Warnings = [new ImportWarning("docx-source", "read a Word file: headings from its styles, its footnotes and endnotes, its italics; its lines are those of the text read from it", null) { Severity = WarningSeverity.Info }, .. fromWord.Warnings],
                };
        }
        var decoded = RawTextDecoder.Decode(bytes);
        var document = format == SourceFormat.Html
            ? ImportHtml(decoded.Text, sourceFile, id, archives)
            : ImportText(decoded.Text, sourceFile, id, archives);
        var notice = decoded.Notice is null ? [] : new[] { new ImportWarning("encoding-converted", decoded.Notice, null) { Severity = WarningSeverity.Warning } };
        return document with { Warnings = [.. notice, .. document.Warnings] };
    }

    /// <summary>A web page: its article's text imported as any text, its record completed from the page's own tags.</summary>
    private static Document ImportHtml(string html, string sourceFile, string? id, ArchiveRegistry? archives)
    {
        var (text, hints) = HtmlSource.Read(html);
        if (text.Trim().Length == 0)
        {
            throw new ImportException("the web page has no article text (no paragraphs outside its navigation, header and footer)");
        }
        var document = ImportText(text, sourceFile, id, archives);
        var note = new ImportWarning("html-source",
            $"read the article of a web page{(hints.Dropped is { } dropped ? $"; left out the page's {dropped}" : "")}; its lines are those of the article's text, not of the HTML file", null)
        { Severity = WarningSeverity.Info };
        // A page with no abstract is an article of its site (a news article); one with abstracts keeps its kind.
        var kind = document.Metadata.Kind == DocumentKind.Other ? DocumentKind.NewsArticle : document.Metadata.Kind;
        return Completed(document with { Metadata = document.Metadata with { Kind = kind } }, hints, note);
    }

    /// <summary>A document's record completed from what its source file stated (a web page's tags, a PDF's running heads), never over what the text gave.</summary>
    private static Document Completed(Document document, SourceHints hints, ImportWarning note)
    {
        var metadata = document.Metadata;
        var publication = metadata.Publication;
        foreach (var field in PublicationField.All)
        {
            if (field.Get(publication) is null && field.Get(hints.Publication) is { } value && field.Problem(value) is null)
            {
                publication = field.Set(publication, value);
            }
        }
        var titles = new Dictionary<string, string>(metadata.Titles, StringComparer.Ordinal);
        if (titles.Count == 0 && hints.Title is { } title && PublicationField.TextProblem(title, MetadataLimits.MaxTitleLength) is null)
        {
            titles[LanguageDetection.LanguageGuesser.Guess(title) is var language && language != Languages.Unknown ? language : metadata.PrimaryLanguage] = title;
        }
        var completed = document with
        {
            Metadata = metadata with
            {
                Titles = titles,
                Authors = metadata.Authors.Count > 0 ? metadata.Authors : hints.Authors,
                Publication = publication,
            },
        };
        // The record's checks run again on what the source added (a byline, a date).
        return completed with { Warnings = [note, .. completed.Warnings.Where(w => w.Code is not ("no-authors" or "no-year")), .. RecordChecks.Check(completed.Metadata)] };
    }

    public static Document ImportText(string text, string sourceFile, string? id = null, ArchiveRegistry? archives = null)
    {
        try
        {
            return Assemble(text, sourceFile, id, archives);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            throw new ImportException($"a line could not be taken apart in time (it looks built to slow the importer down): “{Excerpt(e.Input)}”");
        }
    }

    private static string Excerpt(string input)
    {
        var line = input.Split('\n', 2)[0];
        return line.Length > 60 ? line[..60] + "…" : line;
    }

    /// <summary>
    /// The most lines a text may have. A paper of 8 MiB, double-spaced as PDF extraction leaves it, has about 200,000 (text lines and the blank lines between them);
    /// millions of one-letter lines are not a paper, and would cost seconds and hundreds of megabytes to take apart.
    /// </summary>
    public const int MaxLines = 250_000;

    private static Document Assemble(string text, string sourceFile, string? id, ArchiveRegistry? archives)
    {
        var lineCount = text.AsSpan().Count('\n') + 1;
        if (lineCount > MaxLines)
        {
            throw new ImportException($"the text has {lineCount:N0} lines; a paper has far fewer (the limit is {MaxLines:N0}): is it a text with one word per line?");
        }
        var lines = SourceLine.Split(text);
        if (lines.Count == 0)
        {
            throw new ImportException("the file holds only white space");
        }
        var profile = LayoutProfile.Detect(lines);
        var blocks = RawBlockSplitter.Split(lines, profile);
        var assembler = new DocumentAssembler(blocks, profile);
        assembler.Run();
        var joiner = new LineJoiner(new Vocabulary(lines.Select(l => l.Content)));
        var document = new DocumentBuilder(assembler, joiner).Build(id ?? FileIds.Of(sourceFile), Path.GetFileName(sourceFile));
        return DocumentAnalyzer.Analyze(document, assembler.Notes, archives);
    }
}
