using System.Globalization;
using System.Text;
using CorpusPortal.Corpus.FrontMatter;
using CorpusPortal.Model.Documents;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CorpusPortal.Corpus.Markdown;

/// <summary>
/// Writes a document as a canonical corpus file: YAML front matter for the metadata, then Markdown — a heading
/// per section, a paragraph per paragraph (one line each), pipe tables, footnotes — with generic attributes
/// carrying anchors, languages and where each node came from in the raw file. See docs/corpus-format.md.
/// </summary>
public static class CanonicalWriter
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    public static string Write(Document document)
    {
        var text = new StringBuilder();
        text.Append("---\n").Append(Yaml.Serialize(FrontMatterMapper.From(document))).Append("---\n");
        foreach (var section in document.Sections)
        {
            text.Append('\n');
            WriteHeading(text, section);
            foreach (var block in section.Blocks)
            {
                text.Append('\n');
                if (block is Paragraph paragraph)
                {
                    WriteParagraph(text, paragraph);
                }
                else if (block is Table table)
                {
                    WriteTable(text, table);
                }
            }
        }
        // Markdown reads [^N] as a marker only when note N is defined, so a marker whose note the source lacks
        // gets a placeholder definition that says so; reading the file back skips it.
        var missing = document.Paragraphs.SelectMany(p => p.Markers).Select(m => m.Number)
            .Except(document.Footnotes.Select(n => n.Number)).Distinct().Order().ToList();
        if (document.Footnotes.Count > 0 || missing.Count > 0)
        {
            text.Append('\n');
            foreach (var note in document.Footnotes)
            {
                text.Append(CultureInfo.InvariantCulture, $"[^{note.Number}]: ")
                    .Append(MarkdownText.Escape(note.Text, atBlockStart: false))
                    .Append(CultureInfo.InvariantCulture, $" {{#{note.Anchor} src={MarkdownText.Attribute(note.Source.Format())}{Italics(note.Emphasis)}}}\n");
            }
            foreach (var number in missing)
            {
                text.Append(CultureInfo.InvariantCulture, $"[^{number}]: (no note in the source) {{.{CanonicalReader.MissingNoteClass}}}\n");
            }
        }
        return text.ToString();
    }

    private static void WriteHeading(StringBuilder text, Section section)
    {
        text.Append('#', Math.Clamp(section.Level, 1, 6));
        var title = section.Heading;
        if (!string.IsNullOrEmpty(title))
        {
            text.Append(' ').Append(MarkdownText.Escape(title, atBlockStart: false));
        }
        // Markdig reads no one-letter id after '#' ({#n} stays in the title): such an anchor is written id=n.
        text.Append(section.Anchor.Length == 1 ? " {id=" : " {#").Append(section.Anchor);
        if (section.Kind != SectionKind.Body)
        {
            text.Append(section.Kind == SectionKind.Abstract ? " .abstract" : " .extended-abstract");
        }
        text.Append(" lang=").Append(section.Language);
        if (section.Number is not null)
        {
            text.Append(" number=").Append(MarkdownText.Attribute(section.Number));
        }
        if (section.TitleSpan is { } span)
        {
            text.Append(" src=").Append(MarkdownText.Attribute(span.ToString()));
        }
        text.Append("}\n");
    }

    private static void WriteParagraph(StringBuilder text, Paragraph paragraph)
    {
        var from = 0;
        var afterMarker = false;
        foreach (var marker in paragraph.Markers.OrderBy(m => m.Offset))
        {
            WriteSegment(text, paragraph.Text[from..marker.Offset], from == 0 && !afterMarker, afterMarker);
            text.Append(CultureInfo.InvariantCulture, $"[^{marker.Number}]");
            from = marker.Offset;
            afterMarker = true;
        }
        WriteSegment(text, paragraph.Text[from..], from == 0 && !afterMarker, afterMarker);
        text.Append(" {#").Append(paragraph.Anchor);
        if (paragraph.IsListItem)
        {
            text.Append(" .item");
        }
        if (paragraph.Language is not null)
        {
            text.Append(" lang=").Append(paragraph.Language);
        }
        text.Append(" src=").Append(MarkdownText.Attribute(paragraph.Source.Format())).Append(Italics(paragraph.Emphasis)).Append("}\n");
    }

    /// <summary>The <c>em</c> attribute: where the text is in italics (<c>em="12:8 40:5"</c>), or nothing.</summary>
    private static string Italics(IReadOnlyList<Emphasis> emphasis) =>
        emphasis.Count == 0 ? "" : " em=" + MarkdownText.Attribute(Emphasis.Format(emphasis));

    /// <summary>
    /// Text between markers. Right after a marker, "(" would make <c>[^1](…)</c> a link and ":" a note
    /// definition, so they are escaped there.
    /// </summary>
    private static void WriteSegment(StringBuilder text, string segment, bool atBlockStart, bool afterMarker)
    {
        if (afterMarker && segment.Length > 0 && segment[0] is '(' or ':')
        {
            text.Append('\\');
        }
        text.Append(MarkdownText.Escape(segment, atBlockStart));
    }

    private static void WriteTable(StringBuilder text, Table table)
    {
        // A caption line needs text for its attributes to stay on it: a table printed without a caption shows
        // its label, marked so that reading it back gives no caption.
        var caption = string.IsNullOrEmpty(table.Caption) ? $"Tablo {table.Number}".TrimEnd() : table.Caption;
        text.Append(MarkdownText.Escape(caption, atBlockStart: true))
            .Append(" {#").Append(table.Anchor).Append(" .caption");
        if (string.IsNullOrEmpty(table.Caption))
        {
            text.Append(" .").Append(CanonicalReader.NoCaptionClass);
        }
        if (table.Number is not null)
        {
            text.Append(" number=").Append(MarkdownText.Attribute(table.Number));
        }
        text.Append(" src=").Append(MarkdownText.Attribute(table.Source.Format())).Append("}\n\n");
        var columns = table.Rows.Count == 0 ? 1 : table.Rows.Max(r => r.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            WriteRow(text, table.Rows[r], columns);
            if (r == 0)
            {
                text.Append('|').Append(string.Concat(Enumerable.Repeat("---|", columns))).Append('\n');
            }
        }
        if (table.SourceNote is not null)
        {
            text.Append('\n').Append(MarkdownText.Escape(table.SourceNote)).Append(" {.table-note");
            if (table.NoteSource is not null)
            {
                text.Append(" src=").Append(MarkdownText.Attribute(table.NoteSource.Format()));
            }
            text.Append("}\n");
        }
    }

    private static void WriteRow(StringBuilder text, IReadOnlyList<string> row, int columns)
    {
        text.Append('|');
        for (var c = 0; c < columns; c++)
        {
            var cell = c < row.Count ? row[c] : "";
            text.Append(' ').Append(cell.Length == 0 ? "" : MarkdownText.Escape(cell, atBlockStart: false, inTable: true)).Append(" |");
        }
        text.Append('\n');
    }
}
