using System.Xml;
using System.Xml.Linq;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Ingestion.Sources.Tei;

/// <summary>
/// A TEI P5 file read as a document: its record from the <c>teiHeader</c> (<see cref="TeiRecord"/>), its sections,
/// paragraphs, tables and notes from the <c>text</c> (<see cref="TeiBody"/>), and an editor's corrected sentence
/// alignment from its <c>linkGrp</c>. What the portal exports as TEI reads back to the same document; TEI from
/// elsewhere reads as far as it uses the same elements. No DTD is read and no entity expanded.
/// </summary>
public static class TeiSource
{
    public static readonly XNamespace Ns = "http://www.tei-c.org/ns/1.0";

    /// <summary>True when the bytes hold an XML document whose root is TEI's (the first kilobyte names it).</summary>
    public static bool Looks(ReadOnlySpan<byte> head) => head.IndexOf("<TEI"u8) >= 0 && head.IndexOf("http://www.tei-c.org/ns/1.0"u8) >= 0;

    public static (Document Document, IReadOnlyList<ImportWarning> Notes) Read(byte[] bytes, string sourceFile, string? id)
    {
        var xml = Load(bytes);
        var root = xml.Root!;
        if (root.Name != Ns + "TEI")
        {
            throw new ImportException($"the XML file is not a TEI document: its root is <{root.Name.LocalName}>, not <TEI> in the TEI namespace", Line(root));
        }
        var header = root.Element(Ns + "teiHeader") ?? throw new ImportException("the TEI document has no teiHeader", Line(root));
        var text = root.Element(Ns + "text") ?? throw new ImportException("the TEI document has no text element", Line(root));
        var metadata = TeiRecord.Read(header, root, text, sourceFile, id);
        var body = TeiBody.Read(text, metadata.PrimaryLanguage);
        if (!body.Sections.SelectMany(s => s.Blocks).Any())
        {
            throw new ImportException("the TEI document's text has no paragraphs or tables", Line(text));
        }
        var document = new Document
        {
            Metadata = metadata,
            Sections = body.Sections,
            Footnotes = body.Footnotes,
            Alignments = TeiAlignment.Read(text, body),
        };
        var note = new ImportWarning("tei-source", "read a TEI file: sections from its div elements, notes from its note elements, italics from hi; its lines are those of the XML file", null)
        {
            Severity = WarningSeverity.Info,
        };
        return (document, [note, .. body.Warnings]);
    }

    private static XDocument Load(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new ImportException($"the TEI file is not well-formed XML: {e.Message}", e.LineNumber > 0 ? e.LineNumber : null);
        }
    }

    internal static int? Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>The language in effect at an element: its own <c>xml:lang</c> or its nearest ancestor's.</summary>
    internal static string? LanguageOf(XElement element) =>
        element.AncestorsAndSelf().Select(e => (string?)e.Attribute(XNamespace.Xml + "lang")).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim();
}
