using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Results;

namespace CorpusPortal.Web.Services;

/// <summary>A link from a passage of this document to a like passage of another.</summary>
public sealed record RelatedLink(string FromAnchor, string Document, string Anchor, string Text, IReadOnlyList<string> SharedWords, double Score);

/// <summary>
/// Related passages across the corpus, found once for every document and made symmetric: if a passage of A is
/// like one of B, B's page shows it too. Computed on first use and again after a document is published (the seed
/// corpus takes well under a second).
/// </summary>
public sealed class RelatedLinks(CorpusLibrary library, SearchService search)
{
    private const int PerDocument = 5;
    private (long Version, Dictionary<string, List<RelatedLink>> Links)? _built;

    public IReadOnlyList<RelatedLink> For(string documentId)
    {
        var built = _built;
        if (built is null || built.Value.Version != library.Version)
        {
            var version = library.Version;
            _built = built = (version, Build(library, search));
        }
        return built.Value.Links.GetValueOrDefault(documentId) ?? [];
    }

    private static Dictionary<string, List<RelatedLink>> Build(CorpusLibrary library, SearchService search)
    {
        var texts = library.Documents.ToDictionary(d => d.Id, d => PassageTexts(d), StringComparer.Ordinal);
        var links = library.Documents.ToDictionary(d => d.Id, _ => new List<RelatedLink>(), StringComparer.Ordinal);
        foreach (var document in library.Documents)
        {
            foreach (var related in search.Related(document, PerDocument))
            {
                links[document.Id].Add(new RelatedLink(related.FromAnchor, related.Document, related.Anchor, related.Text, related.SharedWords, related.Score));
                if (links.TryGetValue(related.Document, out var back) && texts[document.Id].TryGetValue(related.FromAnchor, out var text))
                {
                    back.Add(new RelatedLink(related.Anchor, document.Id, related.FromAnchor, text, related.SharedWords, related.Score));
                }
            }
        }
        return links.ToDictionary(l => l.Key, l => l.Value
            .GroupBy(r => (r.Document, r.Anchor)).Select(g => g.MaxBy(r => r.Score)!)
            .OrderByDescending(r => r.Score).Take(PerDocument).ToList(), StringComparer.Ordinal);
    }

    private static Dictionary<string, string> PassageTexts(Document document) =>
        CorpusPortal.Search.Index.PassageExtractor.Passages(document).ToDictionary(p => p.Anchor, p => p.Text, StringComparer.Ordinal);
}
