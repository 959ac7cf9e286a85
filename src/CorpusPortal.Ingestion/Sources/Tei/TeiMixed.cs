using System.Globalization;
using System.Text;
using System.Xml.Linq;
using CorpusPortal.Model.Documents;
using static CorpusPortal.Ingestion.Sources.Tei.TeiSource;

namespace CorpusPortal.Ingestion.Sources.Tei;

/// <summary>
/// The text of a paragraph, a list item or a note, read from its mixed content: the characters as they stand;
/// each <c>note</c> taken out of the text and kept as a marker where it stood; <c>hi</c> in italics kept as
/// emphasis; each <c>s</c> with an id kept as a stretch (for the sentence alignment); every other element read
/// for its text (<c>ref</c>, <c>bibl</c>, names and dates).
/// </summary>
internal sealed class TeiMixed
{
    private readonly StringBuilder _text = new();
    private readonly List<FootnoteMarker> _markers = [];
    private readonly List<Emphasis> _emphasis = [];
    private readonly List<(string Id, int Start, int End)> _sentences = [];
    private readonly List<(int Number, XElement Note)> _notes = [];
    private readonly Func<int> _nextNumber;

    private TeiMixed(Func<int> nextNumber) => _nextNumber = nextNumber;

    public string Text => _text.ToString();

    public IReadOnlyList<FootnoteMarker> Markers => _markers;

    public IReadOnlyList<Emphasis> Emphasis => _emphasis;

    public IReadOnlyList<(string Id, int Start, int End)> Sentences => _sentences;

    /// <summary>The notes found in the text, with the number each marker got.</summary>
    public IReadOnlyList<(int Number, XElement Note)> Notes => _notes;

    /// <param name="nextNumber">The number of a note that has no <c>n</c> of its own (notes are numbered in reading order).</param>
    public static TeiMixed Read(XElement element, Func<int> nextNumber)
    {
        var mixed = new TeiMixed(nextNumber);
        mixed.Walk(element, notes: true);
        return mixed;
    }

    /// <summary>A note's own text (a note inside a note is read as text).</summary>
    public static TeiMixed ReadNote(XElement note)
    {
        var mixed = new TeiMixed(() => 0);
        mixed.Walk(note, notes: false);
        return mixed;
    }

    private void Walk(XElement element, bool notes)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    _text.Append(text.Value);
                    break;
                case XElement child when child.Name == Ns + "note" && notes && (string?)child.Attribute("type") is null or "footnote" or "endnote":
                    var number = NumberOf(child) ?? _nextNumber();
                    _markers.Add(new FootnoteMarker(number, _text.Length));
                    _notes.Add((number, child));
                    break;
                case XElement child when child.Name == Ns + "ptr" && (string?)child.Attribute("type") == "marker":
                    if (NumberOf(child) is { } marker)
                    {
                        _markers.Add(new FootnoteMarker(marker, _text.Length));
                    }
                    break;
                case XElement child when child.Name == Ns + "lb":
                    _text.Append(' ');
                    break;
                case XElement child:
                    var start = _text.Length;
                    Walk(child, notes);
                    if (child.Name == Ns + "hi" && ((string?)child.Attribute("rend") ?? "").Contains("italic", StringComparison.Ordinal) && _text.Length > start)
                    {
                        Italic(start, _text.Length);
                    }
                    if (child.Name == Ns + "s" && (string?)child.Attribute(XNamespace.Xml + "id") is { } id)
                    {
                        _sentences.Add((id, start, _text.Length));
                    }
                    break;
            }
        }
    }

    /// <summary>Italics that go on where the last stretch stopped (cut by a sentence's end) are one stretch.</summary>
    private void Italic(int start, int end)
    {
        if (_emphasis.Count > 0 && _emphasis[^1].End == start)
        {
            _emphasis[^1] = new Emphasis(_emphasis[^1].Offset, end - _emphasis[^1].Offset);
            return;
        }
        _emphasis.Add(new Emphasis(start, end - start));
    }

    private static int? NumberOf(XElement element) =>
        int.TryParse((string?)element.Attribute("n"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
