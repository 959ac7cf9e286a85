using System.Globalization;
using System.Text;
using System.Xml;
using CorpusPortal.Corpus.Alignment;
using CorpusPortal.Model.Alignment;
using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Documents;
using CorpusPortal.Text;

namespace CorpusPortal.Corpus.Tei;

/// <summary>
/// A document as TEI P5 (docs/api.md, "TEI"): the bibliographic record in the <c>teiHeader</c>; each section a
/// <c>div</c> with its kind, language, number and <c>head</c>; paragraphs, list items and tables; each footnote a
/// <c>note</c> where its marker stands; italics as <c>hi</c>; archival citations as <c>ref</c>s to the
/// archive, fonds and unit (<c>idno</c>s) listed at the back; author-year citations as <c>ref</c>s; works cited
/// in notes as <c>bibl</c>; the sentence pairs of the Turkish and English abstracts as <c>s</c> elements joined by a
/// <c>linkGrp</c>. The characters of every text are the canonical file's; the importer reads it back
/// (the importer's TeiSource).
/// </summary>
public static class TeiWriter
{
    private static readonly XmlWriterSettings Settings = new() { Indent = true, Encoding = new UTF8Encoding(false) };

    private static readonly XmlWriterSettings Fragment = new() { ConformanceLevel = ConformanceLevel.Fragment, OmitXmlDeclaration = true };

    /// <param name="portalAddress">The document's address in the portal (an <c>idno</c> of type URI), when known.</param>
    public static byte[] Write(Document document, string? portalAddress = null)
    {
        var context = new Context(document);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("TEI", Tei.Namespace);
            xml.WriteAttributeString("xml", "lang", null, document.Metadata.PrimaryLanguage);
            TeiHeaderWriter.Write(xml, document, portalAddress);
            xml.WriteStartElement("text", Tei.Namespace);
            xml.WriteAttributeString("type", KindNames.Name(document.Metadata.Kind));
            xml.WriteStartElement("body", Tei.Namespace);
            Sections(xml, document, context);
            xml.WriteEndElement();
            Back(xml, document, context);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }

    private static void Sections(XmlWriter xml, Document document, Context context)
    {
        var open = new Stack<int>();
        foreach (var section in document.Sections)
        {
            for (; open.Count > 0 && open.Peek() >= section.Level; open.Pop())
            {
                xml.WriteEndElement();
            }
            xml.WriteStartElement("div", Tei.Namespace);
            xml.WriteAttributeString("type", TeiKinds.DivType(section.Kind));
            xml.WriteAttributeString("xml", "id", null, XmlChars.Id(section.Anchor));
            xml.WriteAttributeString("xml", "lang", null, section.Language);
            if (section.Number is not null)
            {
                xml.WriteAttributeString("n", XmlChars.Clean(section.Number));
            }
            if (section.Level != open.Count + 1)
            {
                // A section below a level with no section of its own (a 2.1 before any 2) keeps its level.
                xml.WriteAttributeString("rend", "level-" + section.Level.ToString(CultureInfo.InvariantCulture));
            }
            if (section.Title is not null)
            {
                xml.WriteElementString("head", Tei.Namespace, XmlChars.Clean(section.Title));
            }
            Blocks(xml, section, context);
            open.Push(section.Level);
        }
        for (; open.Count > 0; open.Pop())
        {
            xml.WriteEndElement();
        }
    }

    private static void Blocks(XmlWriter xml, Section section, Context context)
    {
        var inList = false;
        foreach (var block in section.Blocks)
        {
            var item = block is Paragraph { IsListItem: true };
            if (inList && !item)
            {
                xml.WriteEndElement();
            }
            if (item && !inList)
            {
                xml.WriteStartElement("list", Tei.Namespace);
            }
            inList = item;
            switch (block)
            {
                case Paragraph paragraph:
                    Mixed(xml, inner => Paragraph(inner, paragraph, section, context));
                    break;
                case Table table:
                    Table(xml, table, context);
                    break;
            }
        }
        if (inList)
        {
            xml.WriteEndElement();
        }
    }

    /// <summary>
    /// Mixed content written exactly: its characters are the text's own, with no indentation added between its
    /// elements (an indenting writer would put white space into a paragraph that starts with a sentence).
    /// </summary>
    private static void Mixed(XmlWriter xml, Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var inner = XmlWriter.Create(text, Fragment))
        {
            write(inner);
        }
        xml.WriteRaw(text.ToString());
    }

    private static void Paragraph(XmlWriter xml, Paragraph paragraph, Section section, Context context)
    {
        xml.WriteStartElement(paragraph.IsListItem ? "item" : "p");
        xml.WriteAttributeString("xml", "id", null, XmlChars.Id(paragraph.Anchor));
        if (paragraph.Language is { } language && language != section.Language)
        {
            xml.WriteAttributeString("xml", "lang", null, language);
        }
        var sentences = context.Sentences[paragraph.Anchor];
        var marks = new List<TeiMark>();
        marks.AddRange(sentences.Select(s => new TeiMark(s.Start, s.End, w =>
        {
            w.WriteStartElement("s");
            w.WriteAttributeString("xml", "id", null, s.Id);
        })));
        // Italics go on across a sentence's end: cut there, they nest in the sentences.
        var cuts = sentences.SelectMany(s => new[] { s.Start, s.End }).ToList();
        marks.AddRange(paragraph.Emphasis.SelectMany(e => CutAt(e.Offset, e.Offset + e.Length, cuts)).Select(Italic));
        marks.AddRange(CitationMarks(paragraph.Anchor, context));
        var points = paragraph.Markers.Select(marker => new TeiPoint(marker.Offset, w => Marker(w, marker.Number, paragraph.Anchor, context)));
        InlineText.Write(xml, paragraph.Text, marks, points);
        xml.WriteEndElement();
    }

    private static IEnumerable<(int Start, int End)> CutAt(int start, int end, List<int> cuts)
    {
        foreach (var cut in cuts.Where(c => c > start && c < end).Distinct().Order())
        {
            yield return (start, cut);
            start = cut;
        }
        yield return (start, end);
    }

    private static TeiMark Italic((int Start, int End) range) => new(range.Start, range.End, w =>
    {
        w.WriteStartElement("hi");
        w.WriteAttributeString("rend", "italic");
    });

    /// <summary>The citations found in the text of <paramref name="anchor"/> (a paragraph or a note), as marks.</summary>
    private static IEnumerable<TeiMark> CitationMarks(string anchor, Context context)
    {
        foreach (var citation in context.CitationsIn[anchor])
        {
            var (start, end) = (citation.Location.Offset, citation.Location.Offset + citation.Location.Length);
            yield return citation switch
            {
                ArchivalCitation archival => new TeiMark(start, end, w =>
                {
                    w.WriteStartElement("ref");
                    w.WriteAttributeString("type", "archival");
                    w.WriteAttributeString("target", "#" + context.ArchivalIds[archival]);
                }),
                AuthorYearCitation authorYear => new TeiMark(start, end, w =>
                {
                    w.WriteStartElement("ref");
                    w.WriteAttributeString("type", "author-year");
                    w.WriteAttributeString("n", XmlChars.Clean($"{string.Join(" & ", authorYear.Authors)} {authorYear.Year}"));
                }),
                BibliographicCitation entry => new TeiMark(start, end, w =>
                {
                    w.WriteStartElement("bibl");
                    if (entry.RefersTo is { } earlier)
                    {
                        w.WriteAttributeString("corresp", "#" + Footnote.FootnoteAnchor(earlier));
                    }
                }),
                _ => new TeiMark(0, 0, _ => { }),
            };
        }
    }

    /// <summary>A marker: its note, where the note is the one this marker calls, else a pointer that keeps the marker.</summary>
    private static void Marker(XmlWriter xml, int number, string anchor, Context context)
    {
        if (context.PlaceNote(number, anchor) is { } note)
        {
            Note(xml, note, context);
            return;
        }
        xml.WriteStartElement("ptr");
        xml.WriteAttributeString("type", "marker");
        xml.WriteAttributeString("n", number.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void Note(XmlWriter xml, Footnote note, Context context)
    {
        xml.WriteStartElement("note");
        xml.WriteAttributeString("place", "foot");
        xml.WriteAttributeString("n", note.Number.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("xml", "id", null, note.Anchor);
        InlineText.Write(xml, note.Text, [.. note.Emphasis.Select(e => Italic((e.Offset, e.Offset + e.Length))), .. CitationMarks(note.Anchor, context)], []);
        xml.WriteEndElement();
    }

    private static void Table(XmlWriter xml, Table table, Context context)
    {
        xml.WriteStartElement("table", Tei.Namespace);
        xml.WriteAttributeString("xml", "id", null, XmlChars.Id(table.Anchor));
        if (table.Number is not null)
        {
            xml.WriteAttributeString("n", XmlChars.Clean(table.Number));
        }
        if (table.Caption is not null)
        {
            xml.WriteElementString("head", Tei.Namespace, XmlChars.Clean(table.Caption));
        }
        for (var r = 0; r < table.Rows.Count; r++)
        {
            xml.WriteStartElement("row", Tei.Namespace);
            if (r == 0)
            {
                xml.WriteAttributeString("role", "label");
            }
            foreach (var cell in table.Rows[r])
            {
                xml.WriteElementString("cell", Tei.Namespace, XmlChars.Clean(cell));
            }
            xml.WriteEndElement();
        }
        if (table.SourceNote is { } source)
        {
            // The table's source note is read for citations as a paragraph is: its archival references are marked.
            Mixed(xml, inner =>
            {
                inner.WriteStartElement("note");
                inner.WriteAttributeString("type", "source");
                InlineText.Write(inner, source, CitationMarks(table.Anchor, context), []);
                inner.WriteEndElement();
            });
        }
        xml.WriteEndElement();
    }

    /// <summary>The back: notes no marker calls, the archival documents cited, the abstracts' sentence pairs.</summary>
    private static void Back(XmlWriter xml, Document document, Context context)
    {
        var unplaced = document.Footnotes.Where(f => !context.Placed.Contains(f.Number)).ToList();
        var archival = document.Citations.OfType<ArchivalCitation>().ToList();
        if (unplaced.Count == 0 && archival.Count == 0 && context.Alignment is null)
        {
            return;
        }
        xml.WriteStartElement("back", Tei.Namespace);
        if (unplaced.Count > 0)
        {
            xml.WriteStartElement("div", Tei.Namespace);
            xml.WriteAttributeString("type", "notes");
            foreach (var note in unplaced)
            {
                Mixed(xml, inner => Note(inner, note, context));
            }
            xml.WriteEndElement();
        }
        if (archival.Count > 0)
        {
            xml.WriteStartElement("div", Tei.Namespace);
            xml.WriteAttributeString("type", "archival-citations");
            xml.WriteStartElement("listBibl", Tei.Namespace);
            foreach (var citation in archival)
            {
                xml.WriteStartElement("bibl", Tei.Namespace);
                xml.WriteAttributeString("xml", "id", null, context.ArchivalIds[citation]);
                xml.WriteAttributeString("corresp", "#" + XmlChars.Id(citation.Location.Anchor));
                foreach (var (type, value) in new[] { ("archive", citation.Archive), ("fonds", citation.Fonds), ("unit", citation.Unit) })
                {
                    if (value.Length > 0)
                    {
                        xml.WriteStartElement("idno", Tei.Namespace);
                        xml.WriteAttributeString("type", type);
                        xml.WriteString(XmlChars.Clean(value));
                        xml.WriteEndElement();
                    }
                }
                if (citation.Folio is not null)
                {
                    xml.WriteStartElement("biblScope", Tei.Namespace);
                    xml.WriteAttributeString("unit", "folio");
                    xml.WriteString(XmlChars.Clean(citation.Folio));
                    xml.WriteEndElement();
                }
                if (citation.Date is not null)
                {
                    xml.WriteStartElement("date", Tei.Namespace);
                    xml.WriteAttributeString("when", citation.Date);
                    xml.WriteString(citation.Date);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        if (context.Alignment is { } alignment)
        {
            Links(xml, alignment, context);
        }
        xml.WriteEndElement();
    }

    /// <summary>
    /// The abstracts' sentence pairs: one <c>link</c> from each sentence of a pair's original to each of its
    /// translation, so a pair of several sentences is the group its links join, and a sentence left without a
    /// counterpart has no link.
    /// </summary>
    private static void Links(XmlWriter xml, (SectionAlignment Alignment, bool Saved) aligned, Context context)
    {
        xml.WriteStartElement("linkGrp", Tei.Namespace);
        xml.WriteAttributeString("type", "translation");
        xml.WriteAttributeString("subtype", aligned.Saved ? "corrected" : "automatic");
        xml.WriteAttributeString("domains", $"#{XmlChars.Id(aligned.Alignment.Left)} #{XmlChars.Id(aligned.Alignment.Right)}");
        xml.WriteAttributeString("targFunc", "original translation");
        foreach (var pair in aligned.Alignment.Pairs)
        {
            foreach (var left in pair.Left)
            {
                foreach (var right in pair.Right)
                {
                    xml.WriteStartElement("link", Tei.Namespace);
                    xml.WriteAttributeString("target", $"#{context.SentenceIds[left]} #{context.SentenceIds[right]}");
                    xml.WriteEndElement();
                }
            }
        }
        xml.WriteEndElement();
    }

    /// <summary>What the writer works out once per document: citations by anchor, sentence ids, where each note went.</summary>
    private sealed class Context
    {
        public Context(Document document)
        {
            _footnotes = document.Footnotes.GroupBy(f => f.Number).ToDictionary(g => g.Key, g => g.First());
            CitationsIn = document.Citations.ToLookup(c => c.Location.Anchor, StringComparer.Ordinal);
            var archival = document.Citations.OfType<ArchivalCitation>().ToList();
            ArchivalIds = new Dictionary<ArchivalCitation, string>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < archival.Count; i++)
            {
                ArchivalIds[archival[i]] = $"arch-{i + 1}";
            }
            var turkish = document.Sections.FirstOrDefault(s => s.Kind == SectionKind.Abstract && s.Level == 1 && s.Language == Languages.Turkish);
            var english = document.Sections.FirstOrDefault(s => s.Kind == SectionKind.Abstract && s.Level == 1 && s.Language == Languages.English);
            var ranges = new List<(TextRange Range, string Id)>();
            if (turkish is not null && english is not null)
            {
                Alignment = SentenceAlignments.For(document, turkish, english);
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var range in Alignment.Value.Alignment.Pairs.SelectMany(p => p.Left.Concat(p.Right)))
                {
                    counts[range.Paragraph] = counts.GetValueOrDefault(range.Paragraph) + 1;
                    ranges.Add((range, $"{XmlChars.Id(range.Paragraph)}.s{counts[range.Paragraph]}"));
                }
            }
            SentenceIds = ranges.ToDictionary(r => r.Range, r => r.Id);
            Sentences = ranges.ToLookup(r => r.Range.Paragraph, r => (r.Range.Start, r.Range.End, r.Id), StringComparer.Ordinal);
        }

        private readonly Dictionary<int, Footnote> _footnotes;

        public ILookup<string, Citation> CitationsIn { get; }

        public Dictionary<ArchivalCitation, string> ArchivalIds { get; }

        public (SectionAlignment Alignment, bool Saved)? Alignment { get; }

        public Dictionary<TextRange, string> SentenceIds { get; }

        public ILookup<string, (int Start, int End, string Id)> Sentences { get; }

        public HashSet<int> Placed { get; } = [];

        /// <summary>The note a marker in <paramref name="anchor"/> calls, the first time it is called from the paragraph its note names.</summary>
        public Footnote? PlaceNote(int number, string anchor) =>
            _footnotes.TryGetValue(number, out var note) && note.MarkerAnchor == anchor && Placed.Add(number) ? note : null;
    }
}
