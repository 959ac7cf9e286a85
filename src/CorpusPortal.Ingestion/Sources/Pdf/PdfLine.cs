namespace CorpusPortal.Ingestion.Sources.Pdf;

/// <summary>A word on a PDF page: its letters, where it stands and how it is set. A raised word is set smaller above the line (a note marker).</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Size, bool Bold, bool Raised, bool Italic = false);

/// <summary>
/// One printed line of a page (or its part in one column): its words left to right, its baseline measured from
/// the page's foot, and the size its text is set in.
/// </summary>
internal sealed record PdfLine(int Page, IReadOnlyList<PdfWord> Words, double Baseline, double Size)
{
    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    /// <summary>Set in bold throughout: a heading when it stands alone.</summary>
    public bool Bold => Words.All(w => w.Bold || w.Raised);

    /// <summary>The line as text: words apart by a space, a raised word glued to the word it follows, a wide gap (a table's columns) as two spaces.</summary>
    public string Text => Composed().Text;

    /// <summary>The stretches of <see cref="Text"/> set in italics: runs of italic words, the spaces between them included.</summary>
    public IReadOnlyList<(int Start, int Length)> Italics => Composed().Italics;

    private (string Text, List<(int Start, int Length)> Italics) Composed()
    {
        var italics = new List<(int Start, int Length)>();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < Words.Count; i++)
        {
            var word = Words[i];
            if (i > 0)
            {
                var gap = word.Left - Words[i - 1].Right;
                if (!(word.Raised && gap < 0.25 * Size))
                {
                    text.Append(gap > 1.5 * Size ? "  " : " ");
                }
            }
            var start = text.Length;
            text.Append(word.Raised ? RaisedText(word.Text) : word.Text);
            if (word.Italic && !word.Raised)
            {
                // A run of italic words is one stretch, the space between them in it.
                if (italics.Count > 0 && italics[^1].Start + italics[^1].Length >= start - 1 && i > 0 && Words[i - 1].Italic)
                {
                    italics[^1] = (italics[^1].Start, text.Length - italics[^1].Start);
                }
                else
                {
                    italics.Add((start, text.Length - start));
                }
            }
        }
        return (text.ToString(), italics);
    }

    public PdfLine Slice(int from, int count) => this with { Words = Words.Skip(from).Take(count).ToList() };

    /// <summary>Raised digits as superscript digits (<c>12</c> as <c>¹²</c>), the form the importer reads as a note marker; other raised marks (<c>*</c>) as they are.</summary>
    private static string RaisedText(string text) =>
        text.All(char.IsAsciiDigit) ? string.Concat(text.Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0'])) : text;
}
