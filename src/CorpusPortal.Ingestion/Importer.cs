using CorpusPortal.Ingestion.Analysis;
using CorpusPortal.Ingestion.Assembly;
using CorpusPortal.Ingestion.Citations.Archival.Registry;
using CorpusPortal.Ingestion.Layout;
using CorpusPortal.Ingestion.Text;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;

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
        var decoded = RawTextDecoder.Decode(bytes);
        var document = ImportText(decoded.Text, sourceFile, id, archives);
        var notice = decoded.Notice is null ? [] : new[] { new ImportWarning("encoding-converted", decoded.Notice, null) { Severity = WarningSeverity.Warning } };
        return document with { Warnings = [.. notice, .. document.Warnings] };
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
        var document = new DocumentBuilder(assembler, joiner).Build(id ?? DocumentIds.FromFileName(sourceFile), Path.GetFileName(sourceFile));
        return DocumentAnalyzer.Analyze(document, assembler.Notes, archives);
    }
}
