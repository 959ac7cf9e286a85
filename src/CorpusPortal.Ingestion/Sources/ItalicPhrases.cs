using CorpusPortal.Model.Documents;

namespace CorpusPortal.Ingestion.Sources;

/// <summary>
/// Puts the phrases a source file sets in italics (<see cref="SourceHints.Italics"/>) on the document's paragraphs
/// and notes: each phrase is looked for in order, from where the one before it was found, in the same paragraph or
/// the next few (a phrase of a heading or of the header, which are not paragraphs, is found nowhere and left).
/// </summary>
internal static class ItalicPhrases
{
    /// <summary>How many paragraphs ahead a phrase is looked for.</summary>
    private const int Lookahead = 3;

    public static Document Apply(Document document, SourceHints hints)
    {
        if (hints.Italics.Count == 0 && hints.NoteItalics.Count == 0)
        {
            return document;
        }
        var paragraphs = document.Paragraphs.ToList();
        var found = paragraphs.Select(_ => new List<Emphasis>()).ToList();
        var (index, offset) = (0, 0);
        foreach (var phrase in hints.Italics)
        {
            for (var k = index; k < Math.Min(paragraphs.Count, index + Lookahead); k++)
            {
                var at = paragraphs[k].Text.IndexOf(phrase, k == index ? offset : 0, StringComparison.Ordinal);
                if (at >= 0)
                {
                    found[k].Add(new Emphasis(at, phrase.Length));
                    (index, offset) = (k, at + phrase.Length);
                    break;
                }
            }
        }
        var marked = new Dictionary<Block, Block>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (found[i].Count > 0)
            {
                marked[paragraphs[i]] = paragraphs[i] with { Emphasis = found[i] };
            }
        }
        return document with
        {
            Sections = document.Sections.Select(s => s with { Blocks = s.Blocks.Select(b => marked.GetValueOrDefault(b, b)).ToList() }).ToList(),
            Footnotes = document.Footnotes.Select(n => hints.NoteItalics.TryGetValue(n.Number, out var phrases) ? n with { Emphasis = InOrder(n.Text, phrases) } : n).ToList(),
        };
    }

    private static List<Emphasis> InOrder(string text, IEnumerable<string> phrases)
    {
        var spans = new List<Emphasis>();
        var from = 0;
        foreach (var phrase in phrases)
        {
            var at = text.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at >= 0)
            {
                spans.Add(new Emphasis(at, phrase.Length));
                from = at + phrase.Length;
            }
        }
        return spans;
    }
}
