using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Query;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Components.Reading;

/// <summary>
/// The words of the search a reading page was opened from, found in the paragraphs it shows: where each paragraph's
/// words are, and the number of its first among the page's hits (numbered in reading order, as "3 of 12").
/// </summary>
public sealed class QueryHits
{
    public static readonly QueryHits None = new(new Dictionary<Paragraph, (IReadOnlyList<(int, int)>, int)>(ReferenceEqualityComparer.Instance), 0);

    private readonly Dictionary<Paragraph, (IReadOnlyList<(int Start, int Length)> Highlights, int First)> _hits;

    private QueryHits(Dictionary<Paragraph, (IReadOnlyList<(int, int)>, int)> hits, int count)
    {
        _hits = hits;
        Count = count;
    }

    /// <summary>How many places of the shown text the query's words are at.</summary>
    public int Count { get; }

    public (IReadOnlyList<(int Start, int Length)> Highlights, int? First) In(Paragraph paragraph) =>
        _hits.TryGetValue(paragraph, out var hits) ? (hits.Highlights, hits.First) : ([], null);

    /// <summary>Finds the words of <paramref name="forms"/> (none when null) in the paragraphs of <paramref name="sections"/>.</summary>
    public static QueryHits Find(SearchService search, TermForms? forms, IEnumerable<Section> sections)
    {
        if (forms is null)
        {
            return None;
        }
        var hits = new Dictionary<Paragraph, (IReadOnlyList<(int, int)>, int)>(ReferenceEqualityComparer.Instance);
        var count = 0;
        foreach (var section in sections)
        {
            foreach (var paragraph in section.Blocks.OfType<Paragraph>())
            {
                var highlights = search.Matches(forms, paragraph.Text, paragraph.Language ?? section.Language);
                if (highlights.Count > 0)
                {
                    hits[paragraph] = (highlights, count + 1);
                    count += highlights.Select(h => h.Start).Distinct().Count();
                }
            }
        }
        return new QueryHits(hits, count);
    }
}
