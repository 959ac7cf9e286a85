using System.Text.RegularExpressions;

namespace CorpusPortal.Ingestion.Sources.Pdf;

/// <summary>A note read from the foot of the pages: its number and its printed lines, the first led by its marker.</summary>
internal sealed record PdfNote(int Number, List<PdfLine> Lines);

/// <summary>The notes found at the foot of the pages, and the notes to the authors' names (<c>*</c>, <c>**</c>).</summary>
internal sealed class PdfNotes
{
    public List<PdfNote> Numbered { get; } = [];

    public List<PdfNote> AuthorNotes { get; } = [];

    /// <summary>The note the next line without a marker continues.</summary>
    public PdfNote? Last { get; set; }
}

/// <summary>
/// Footnotes are the small text at the foot of a column or page: the lines below the body text set smaller than
/// it, the first led by a marker (a raised number, <c>1</c>, <c>1)</c>, <c>[1]</c>). A note goes on until the next
/// marker, over the page break when the next page's foot begins without one. A plain number leads a note only
/// when it is the next note's number, so a line of a note that begins with a year stays in its note.
/// </summary>
internal static partial class NoteAreas
{
    /// <summary>Takes the notes out of the frames, leaving the body's lines.</summary>
    public static PdfNotes Split(List<PdfFrame> frames, double bodySize, IReadOnlyDictionary<int, double> pageHeights)
    {
        var notes = new PdfNotes();
        for (var f = 0; f < frames.Count; f++)
        {
            var lines = frames[f].Lines;
            var start = lines.Count;
            while (start > 0 && lines[start - 1].Size <= 0.9 * bodySize)
            {
                start--;
            }
            // The foot of the page: the lowest note line in the lower part of the page.
            if (start == lines.Count || lines[^1].Baseline > 0.45 * pageHeights[frames[f].Page])
            {
                continue;
            }
            var hasBodyAbove = start > 0;
            var first = start;
            // Without a body line above, the small lines are notes only when they begin with one (a page of notes, a frame of its own in two columns).
            while (first < lines.Count && Lead(lines[first], notes) is null && !(hasBodyAbove && notes.Last is not null))
            {
                first++;
            }
            if (first == lines.Count || (!hasBodyAbove && first > start))
            {
                continue;
            }
            foreach (var line in lines.Skip(first))
            {
                Take(line, notes);
            }
            frames[f] = frames[f] with { Lines = lines.Take(first).ToList() };
        }
        frames.RemoveAll(frame => frame.Lines.Count == 0);
        return notes;
    }

    private static void Take(PdfLine line, PdfNotes notes)
    {
        switch (Lead(line, notes))
        {
            case 0:
                notes.Last = new PdfNote(0, [line]);
                notes.AuthorNotes.Add(notes.Last);
                break;
            case { } number:
                notes.Last = new PdfNote(number, [line]);
                notes.Numbered.Add(notes.Last);
                break;
            default:
                // A line without a marker continues the last note: its next line, or its continuation on the next page.
                notes.Last?.Lines.Add(line);
                break;
        }
    }

    /// <summary>The note a line begins: its number, 0 for an author's note (<c>*</c>), or null when it begins none.</summary>
    private static int? Lead(PdfLine line, PdfNotes notes)
    {
        var first = line.Words[0];
        if (Stars().IsMatch(first.Text) && line.Words.Count > 1)
        {
            return 0;
        }
        var match = Marker().Match(first.Text);
        if (!match.Success || line.Words.Count < 2 || !int.TryParse(match.Groups["n"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number == 0)
        {
            return null;
        }
        var expected = notes.Numbered.Count == 0 ? 1 : notes.Numbered[^1].Number + 1;
        // A raised number is a marker; a plain one only as the next note's number (a year at a line's start is not).
        return first.Raised || number == expected || (notes.Numbered.Count == 0 && match.Groups["mark"].Success) ? number : null;
    }

    [GeneratedRegex(@"^(?:(?<n>\d{1,3})(?<mark>[.)])?|\[(?<n>\d{1,3})(?<mark>\]))$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:\*{1,3}|†|‡)$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Stars();
}
