using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Analysis.Checks;

/// <summary>Footnotes numbered 1, 2, 3 … each with exactly one marker in the text, and each marker with its note.</summary>
internal static class FootnoteChecks
{
    public static IEnumerable<ImportWarning> Check(Document document)
    {
        var notes = document.Footnotes.Select(f => f.Number).ToList();
        var markers = document.Paragraphs.SelectMany(p => p.Markers.Select(m => (Marker: m, Paragraph: p))).ToList();
        for (var i = 0; i < notes.Count; i++)
        {
            if (notes[i] != i + 1)
            {
                yield return Error("footnote-gap", $"footnote {notes[i]} follows footnote {(i == 0 ? 0 : notes[i - 1])}; expected {i + 1}", Line(document.Footnotes[i]));
                break;
            }
        }
        foreach (var duplicate in notes.GroupBy(n => n).Where(g => g.Count() > 1))
        {
            yield return Error("duplicate-footnote", $"footnote {duplicate.Key} is printed {duplicate.Count()} times", null);
        }
        var noteSet = notes.ToHashSet();
        foreach (var (marker, paragraph) in markers.Where(m => !noteSet.Contains(m.Marker.Number)))
        {
            yield return Error("marker-without-note", $"marker {marker.Number} in #{paragraph.Anchor} has no footnote", paragraph.Source.Locate(marker.Offset).Line);
        }
        var markerSet = markers.Select(m => m.Marker.Number).ToHashSet();
        foreach (var note in document.Footnotes.Where(f => !markerSet.Contains(f.Number)))
        {
            yield return Error("note-without-marker", $"footnote {note.Number} has no marker in the text", Line(note));
        }
    }

    private static int Line(Footnote note) => note.Source.Start.Line;

    private static ImportWarning Error(string code, string message, int? line) => new(code, message, line) { Severity = WarningSeverity.Error };
}
