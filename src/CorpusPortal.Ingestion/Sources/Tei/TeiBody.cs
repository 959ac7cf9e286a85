using System.Globalization;
using System.Xml.Linq;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using CorpusPortal.Model.Warnings;
using CorpusPortal.Text;
using static CorpusPortal.Ingestion.Sources.Tei.TeiSource;

namespace CorpusPortal.Ingestion.Sources.Tei;

/// <summary>
/// The sections of a TEI <c>text</c>: each <c>div</c> of its front, body and back a section (its depth, or a
/// <c>rend</c> of <c>level-N</c>, its level; its type its kind; its <c>head</c> its title; its <c>n</c> its number),
/// with its paragraphs (<c>p</c>, <c>ab</c>), list items and tables; footnotes where their markers stand, and the
/// back's notes that no marker calls. Anchors are the elements' <c>xml:id</c>s, or made where there is none.
/// </summary>
internal sealed class TeiBody
{
    private readonly List<Section> _sections = [];
    private readonly Dictionary<int, Footnote> _footnotes = [];
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private int _lastNote;
    private int _paragraphs;

    public IReadOnlyList<Section> Sections => _sections;

    public IReadOnlyList<Footnote> Footnotes => [.. _footnotes.Values.OrderBy(f => f.Number)];

    public List<ImportWarning> Warnings { get; } = [];

    /// <summary>Each <c>s</c> element's stretch of its paragraph, by id (read back into the sentence alignment).</summary>
    public Dictionary<string, (string Paragraph, int Start, int End)> Sentences { get; } = new(StringComparer.Ordinal);

    public static TeiBody Read(XElement text, string primaryLanguage)
    {
        var body = new TeiBody();
        foreach (var part in text.Elements().Where(e => e.Name == Ns + "front" || e.Name == Ns + "body" || e.Name == Ns + "back"))
        {
            body.Part(part, primaryLanguage);
        }
        return body;
    }

    private void Part(XElement part, string primaryLanguage)
    {
        // Paragraphs straight in the body, before or without any div, make an untitled section.
        var loose = part.Elements().Where(IsBlock).ToList();
        if (loose.Count > 0 && part.Name == Ns + "body")
        {
            AddSection(part, SectionKind.Body, LanguageOf(part) ?? primaryLanguage, 1, null, null, loose);
        }
        foreach (var div in part.Elements(Ns + "div"))
        {
            switch ((string?)div.Attribute("type"))
            {
                case "notes":
                    foreach (var note in div.Elements(Ns + "note"))
                    {
                        AddNote(int.TryParse((string?)note.Attribute("n"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : ++_lastNote, note, null);
                    }
                    break;
                case "archival-citations":
                    // The portal's list of the archival documents its references cite: found again from the text.
                    break;
                default:
                    Div(div, primaryLanguage, 1);
                    break;
            }
        }
    }

    private void Div(XElement div, string primaryLanguage, int depth)
    {
        var level = ((string?)div.Attribute("rend"))?.StartsWith("level-", StringComparison.Ordinal) == true
            && int.TryParse(((string)div.Attribute("rend")!)[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var given) && given is > 0 and < 10
            ? given
            : depth;
        var type = (string?)div.Attribute("type");
        var kind = TeiKinds.Section(type);
        var language = LanguageOf(div) ?? primaryLanguage;
        var head = div.Element(Ns + "head") is { } h && TeiRecord.Flat(h) is { Length: > 0 } title ? title : null;
        var number = (string?)div.Attribute("n") is { Length: > 0 } n ? n.Trim() : null;
        var pending = new List<XElement>();
        var first = true;
        foreach (var child in div.Elements())
        {
            if (child.Name == Ns + "div")
            {
                if (first || pending.Count > 0)
                {
                    AddSection(div, kind, language, level, first ? number : null, first ? head : null, pending);
                    first = false;
                    pending.Clear();
                }
                Div(child, primaryLanguage, level + 1);
            }
            else if (IsBlock(child))
            {
                pending.Add(child);
            }
        }
        if (first || pending.Count > 0)
        {
            AddSection(div, kind, language, level, first ? number : null, first ? head : null, pending);
        }
    }

    private static bool IsBlock(XElement element) =>
        element.Name == Ns + "p" || element.Name == Ns + "ab" || element.Name == Ns + "list" || element.Name == Ns + "table";

    private void AddSection(XElement div, SectionKind kind, string language, int level, string? number, string? title, List<XElement> blocks)
    {
        var anchor = Anchor((string?)div.Attribute(XNamespace.Xml + "id") is { } id && _sections.All(s => s.Anchor != XmlChars.Anchor(id)) ? XmlChars.Anchor(id) : null,
            title is null ? $"s-{_sections.Count + 1}" : Anchors.Slug(title));
        var read = new List<Block>();
        foreach (var block in blocks)
        {
            if (block.Name == Ns + "list")
            {
                read.AddRange(block.Elements(Ns + "item").Select(item => Paragraph(item, language, listItem: true)));
            }
            else if (block.Name == Ns + "table")
            {
                read.Add(Table(block));
            }
            else
            {
                read.Add(Paragraph(block, language, listItem: false));
            }
        }
        _sections.Add(new Section
        {
            Anchor = anchor,
            Kind = kind,
            Language = language,
            Level = level,
            Number = number,
            Title = title,
            Blocks = read,
        });
    }

    private Paragraph Paragraph(XElement element, string sectionLanguage, bool listItem)
    {
        var anchor = Anchor((string?)element.Attribute(XNamespace.Xml + "id") is { } id ? XmlChars.Anchor(id) : null, $"p-{_paragraphs + 1}");
        _paragraphs++;
        var mixed = TeiMixed.Read(element, () => ++_lastNote);
        foreach (var (number, note) in mixed.Notes)
        {
            _lastNote = Math.Max(_lastNote, number);
            AddNote(number, note, anchor);
        }
        foreach (var (sentence, start, end) in mixed.Sentences)
        {
            Sentences[sentence] = (anchor, start, end);
        }
        var language = TeiSource.LanguageOf(element);
        return new Paragraph
        {
            Anchor = anchor,
            Text = mixed.Text,
            Language = language is not null && language != sectionLanguage ? language : null,
            Markers = mixed.Markers,
            Emphasis = mixed.Emphasis,
            IsListItem = listItem,
            Source = SourceMap.Single(Position(element), mixed.Text.Length),
        };
    }

    private Table Table(XElement table)
    {
        var anchor = Anchor((string?)table.Attribute(XNamespace.Xml + "id") is { } id ? XmlChars.Anchor(id) : null, $"t-{_paragraphs + 1}");
        _paragraphs++;
        var rows = table.Elements(Ns + "row").Select(r => (IReadOnlyList<string>)r.Elements(Ns + "cell").Select(TeiRecord.Flat).ToList()).ToList();
        var note = table.Elements(Ns + "note").FirstOrDefault(n => (string?)n.Attribute("type") == "source");
        return new Table
        {
            Anchor = anchor,
            Number = (string?)table.Attribute("n"),
            Caption = table.Element(Ns + "head") is { } head ? TeiRecord.Flat(head) : null,
            Rows = rows,
            SourceNote = note is null ? null : TeiRecord.Flat(note),
            NoteSource = note is null ? null : SourceMap.Single(Position(note), TeiRecord.Flat(note).Length),
            Source = SourceMap.Single(Position(table), rows.Sum(r => r.Sum(c => c.Length))),
        };
    }

    private void AddNote(int number, XElement note, string? markerAnchor)
    {
        var text = TeiMixed.ReadNote(note);
        if (_footnotes.ContainsKey(number))
        {
            Warnings.Add(new ImportWarning("tei-note-number", $"two notes are numbered {number}; the second is kept as note {_lastNote + 1}", Line(note)) { Severity = WarningSeverity.Warning });
            number = ++_lastNote;
        }
        _footnotes[number] = new Footnote
        {
            Number = number,
            Text = text.Text.Trim(),
            Emphasis = text.Text.Length == text.Text.TrimStart().Length ? text.Emphasis : [.. text.Emphasis.Select(e => e with { Offset = e.Offset - (text.Text.Length - text.Text.TrimStart().Length) })],
            MarkerAnchor = markerAnchor,
            Source = SourceMap.Single(Position(note), text.Text.Trim().Length),
        };
    }

    /// <summary>An anchor not yet used: the one given, else one made (made ones get a number when taken).</summary>
    private string Anchor(string? given, string made)
    {
        var anchor = given ?? (made.Length > 0 ? made : "s");
        for (var n = 2; !_anchors.Add(anchor); n++)
        {
            anchor = $"{given ?? made}-{n}";
        }
        return anchor;
    }

    private static SourcePosition Position(XElement element) =>
        element is System.Xml.IXmlLineInfo info && info.HasLineInfo() ? new SourcePosition(info.LineNumber, info.LinePosition) : new SourcePosition(1, 1);
}
