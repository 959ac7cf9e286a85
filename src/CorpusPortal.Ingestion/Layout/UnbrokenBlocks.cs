using System.Text.RegularExpressions;

namespace CorpusPortal.Ingestion.Layout;

/// <summary>
/// Where the blocks begin in a text with no blank lines at all, as a PDF reader's "save as text" gives it: the
/// lines as printed, one after the other. A block begins
/// <list type="bullet">
/// <item>after a line that ends before the others do (a paragraph's last line, a header line), or ends a sentence
/// where the next line's first word would have fitted;</item>
/// <item>at a heading (<c>2. Osmanlı Döneminde Sınır</c>, an abstract label, a keywords line) and after it;</item>
/// <item>at a page number standing alone, and after it;</item>
/// <item>at the notes of a page's foot: a line led by the next note's number (<c>4 BOA, HR.SYS …</c>) or by
/// stars; the notes and the lines they wrap onto stay one block until the page number or a line that is no
/// note's.</item>
/// </list>
/// </summary>
internal static partial class UnbrokenBlocks
{
    /// <summary>The text has no blank lines worth the name: at least eight lines, fewer blank ones than one in thirty.</summary>
    public static bool Applies(IReadOnlyList<SourceLine> lines)
    {
        var text = lines.Count(l => !l.IsBlank);
        return text >= 8 && lines.Count(l => l.IsBlank) * 30 < text;
    }

    /// <summary>The indexes of the lines that begin a block.</summary>
    public static IReadOnlySet<int> Starts(IReadOnlyList<SourceLine> lines)
    {
        var lengths = lines.Where(l => !l.IsBlank).Select(l => l.Content.Length).Order().ToList();
        // The length of a full line: most lines of a printed page are full.
        var full = lengths.Count == 0 ? 0 : lengths[(int)(lengths.Count * 0.8)];
        // What each line is, worked out once: every line is looked at as itself and as the line before the next.
        var pageNumbers = lines.Select(l => PageNumber().IsMatch(l.Content)).ToArray();
        var labels = lines.Select(l => l.Content.Length > 0 && Headings.HeadingRecognizer.Label(l.Content) is not null).ToArray();
        var sections = lines.Select(l => l.Content.Length > 0 ? Headings.HeadingRecognizer.Section(l.Content) : null).ToArray();
        var starts = new HashSet<int>();
        var nextNote = 1;
        var inNotes = false;
        var starNotes = false;
        for (var i = 1; i < lines.Count; i++)
        {
            var (previous, line) = (lines[i - 1].Content, lines[i].Content);
            if (line.Length == 0 || previous.Length == 0)
            {
                continue;
            }
            if (pageNumbers[i] || pageNumbers[i - 1])
            {
                starts.Add(i);
                inNotes = false;
                continue;
            }
            if (NoteNumber(line) is { } number && (number == nextNote || number == 0) && !previous.EndsWith('-'))
            {
                // The notes to the authors' names (stars) are a block apart from the numbered notes after them.
                if (!inNotes || (number > 0 && starNotes))
                {
                    starts.Add(i);
                }
                nextNote = number == 0 ? nextNote : number + 1;
                starNotes = number == 0;
                inNotes = true;
                continue;
            }
            if (inNotes)
            {
                // A note's wrapped line goes on in small letters or after a line that did not end; anything else ends the notes.
                if (char.IsLower(line[0]) || previous.EndsWith('-') || previous.Length >= full * 0.8)
                {
                    continue;
                }
                inNotes = false;
                starts.Add(i);
                continue;
            }
            var heading = labels[i] || Headings.KeywordsLine.Match(line) is not null
                || (sections[i] is { } section && line.Length < full * 0.8
                    && (section.Number is not null || EndsSentence(previous) || previous.Length < full * 0.8));
            var previousHeading = labels[i - 1] || (sections[i - 1] is { Number: not null } && previous.Length < full * 0.8);
            if (heading || previousHeading || Ended(previous, line, full))
            {
                starts.Add(i);
            }
        }
        return starts;
    }

    /// <summary>
    /// Whether <paramref name="previous"/> was ended on purpose: short and ending a sentence; short before a full
    /// line (a header line, a paragraph's unpunctuated end); or ending a sentence where the next line's first word
    /// would have fitted. Short lines in a row that end no sentence are one block (a title over two lines, a header).
    /// </summary>
    private static bool Ended(string previous, string line, int full)
    {
        if (previous.EndsWith('-'))
        {
            return false;
        }
        var isShort = previous.Length < full * 0.8;
        var nextWord = line.Split(' ', 2)[0].Length;
        return (isShort && (EndsSentence(previous) || line.Length >= full * 0.8))
            || (EndsSentence(previous) && char.IsUpper(line[0]) && full - previous.Length > nextWord + 1);
    }

    /// <summary>The number a note's line begins with (<c>12 …</c>, <c>¹² …</c>), 0 for stars (<c>* …</c>), or null.</summary>
    private static int? NoteNumber(string line)
    {
        var match = NoteLead().Match(line);
        if (!match.Success)
        {
            return null;
        }
        var lead = match.Groups["n"].Value;
        return lead[0] == '*' ? 0
            : char.IsAsciiDigit(lead[0]) ? int.Parse(lead, System.Globalization.CultureInfo.InvariantCulture)
            : Footnotes.Superscripts.Number(lead);
    }

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or ':' or '”' or '"';

    [GeneratedRegex(@"^(?<n>\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\*{1,3})\s+\S", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex NoteLead();

    [GeneratedRegex(@"^[\-–\s]*\d{1,4}[\-–\s]*$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex PageNumber();
}
