using System.Globalization;
using System.Text.RegularExpressions;
using CorpusPortal.Ingestion.Layout;
using CorpusPortal.Ingestion.Text;

namespace CorpusPortal.Ingestion.Footnotes;

/// <summary>
/// Reads the notes printed at the bottom of a page: a block whose first line starts with the number of the
/// next note (<c>1 Sevilay Yıldırım, “…”</c>) whose marker has already been seen. Each line that starts with
/// the following number opens the next note; other lines continue the current one. Numbers out of order
/// (<c>27 Eylül 2020’de …</c> while note 3 is expected) are body text. A block at the next page's foot may begin
/// with the end of the note before, in small letters and unnumbered, and then go on with the next note: its first
/// lines are that note's (<see cref="Continuation"/>).
/// </summary>
internal sealed partial class FootnoteBlockReader
{
    public int NextNumber { get; private set; } = 1;

    /// <summary>The lines the last block read began with before its first numbered note: the end of the note before.</summary>
    public IReadOnlyList<LinePiece> Continuation { get; private set; } = [];

    public bool Starts(RawBlock block, FootnoteMarkerScanner markers) =>
        (LeadingNumber(block.FirstContent) is { } number && number == NextNumber && number <= markers.LastSeen)
        || (NextNumber > 1 && block.FirstContent.Length > 0 && char.IsLower(block.FirstContent[0])
            && block.Lines.Skip(1).Any(l => LeadingNumber(l.Content) is { } n && n == NextNumber && n <= markers.LastSeen));

    public IReadOnlyList<FootnoteDraft> Read(RawBlock block, FootnoteMarkerScanner markers)
    {
        var notes = new List<FootnoteDraft>();
        var continuation = new List<LinePiece>();
        List<LinePiece>? pieces = null;
        var number = 0;
        foreach (var line in block.Lines)
        {
            if (LeadingNumber(line.Content) is { } n && n == NextNumber && n <= markers.LastSeen)
            {
                if (pieces is not null)
                {
                    notes.Add(new FootnoteDraft(number, pieces));
                }
                number = n;
                NextNumber++;
                pieces = [new LinePiece(line, line.Content.IndexOf(' ', StringComparison.Ordinal) + 1)];
                continue;
            }
            (pieces ?? continuation).Add(new LinePiece(line));
        }
        if (pieces is not null)
        {
            notes.Add(new FootnoteDraft(number, pieces));
        }
        Continuation = continuation;
        return notes;
    }

    /// <summary>The number a note's first line starts with: <c>1 …</c>, <c>1) …</c>, <c>[1] …</c> or <c>¹ …</c>.</summary>
    private static int? LeadingNumber(string content)
    {
        var match = NoteStart().Match(content);
        return !match.Success ? null
            : match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture)
            : Superscripts.Number(match.Groups["s"].Value);
    }

    [GeneratedRegex(@"^(?:\[(?<n>[1-9][0-9]{0,2})\]|(?<n>[1-9][0-9]{0,2})\)?|(?<s>[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2}))\s+[^\s\d,.]", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex NoteStart();
}
