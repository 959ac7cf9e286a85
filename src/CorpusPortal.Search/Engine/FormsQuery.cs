using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneQueryBase = Lucene.Net.Search.Query;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// The forms of one word (exact, stem, folded, the glossary's equivalents): a <see cref="DisjunctionMaxQuery"/> in
/// meaning (the best form's score plus the tie breaker times the others'), with the same rewriting, weights and
/// explanation, but matched by <see cref="FormsScorer"/>, which walks its few forms side by side instead of through
/// the priority queue Lucene's disjunctions keep. A word has at most a dozen forms, and that queue made up most of the
/// time of a one-word search on a large corpus (docs/performance.md).
/// </summary>
internal sealed class FormsQuery(ICollection<LuceneQueryBase> forms, float tieBreaker) : DisjunctionMaxQuery(forms, tieBreaker)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new FormsWeight(this, searcher);

    private sealed class FormsWeight(FormsQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var scorers = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                {
                    scorers.Add(scorer);
                }
            }
            return scorers.Count switch
            {
                0 => null,
                _ => new FormsScorer(this, query.TieBreakerMultiplier, [.. scorers]),
            };
        }
    }
}
