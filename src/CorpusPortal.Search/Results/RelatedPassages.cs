using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Index;

namespace CorpusPortal.Search.Results;

/// <summary>A passage of another document that shares distinctive words with one of this document's passages.</summary>
public sealed record RelatedPassage(string FromAnchor, string Document, string Anchor, string Language, string Text, IReadOnlyList<string> SharedWords, double Score);

/// <summary>
/// What related passages are looked for and how they are kept: the passages of a document worth a lookup, and the
/// best of what the lookups found (see <see cref="Engine.RelatedFinder"/> for the lookup itself).
/// </summary>
public static class RelatedPassages
{
    /// <summary>At most this many passages of one document are looked up (its longest: they carry the most words).</summary>
    public const int MaxPassagesPerDocument = 200;

    /// <summary>
    /// The passages of <paramref name="document"/> worth a lookup: paragraphs and tables of 150 characters or more, at
    /// most <see cref="MaxPassagesPerDocument"/> of them (a 6,000-paragraph document is not looked up 6,000 times).
    /// </summary>
    public static IReadOnlyList<Passage> Candidates(Document document)
    {
        var passages = PassageExtractor.Passages(document).Where(p => p.Kind != PassageKind.Footnote && p.Text.Length >= 150).ToList();
        return passages.Count <= MaxPassagesPerDocument
            ? passages
            : passages.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Text.Length).Take(MaxPassagesPerDocument)
                .OrderBy(x => x.i).Select(x => x.p).ToList();
    }

    /// <summary>The best <paramref name="max"/> of <paramref name="found"/>, one per target passage.</summary>
    public static List<RelatedPassage> Top(IEnumerable<RelatedPassage> found, int max) =>
        found.GroupBy(r => (r.Document, r.Anchor)).Select(g => g.MaxBy(r => r.Score)!)
            .OrderByDescending(r => r.Score).Take(max).ToList();
}
