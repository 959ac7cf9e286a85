using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneQueryBase = Lucene.Net.Search.Query;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Counts the passages that have any part of a query of words side by side (for the total and the facets), without
/// scoring them: per segment, a bit set filled from each term's postings read without frequencies, and from the
/// matches of the parts that are not single terms (phrases), then the filter applied. Walking the same passages
/// through the scorers of every form of every word cost most of a search of common words on a large corpus.
/// </summary>
internal sealed class PassageCounter
{
    private readonly IReadOnlyList<(Term Term, TermContext Where)> _terms;
    private readonly IReadOnlyList<Weight> _others;
    private readonly Filter? _filter;

    /// <summary>The parts of <paramref name="anyPart"/> (a disjunction), located and weighed on <paramref name="searcher"/>'s commit.</summary>
    public PassageCounter(IndexSearcher searcher, LuceneQueryBase anyPart, Filter? filter)
    {
        var (terms, others) = QueryParts.Split(anyPart);
        _terms = terms.Distinct().Select(t => (t, TermContext.Build(searcher.TopReaderContext, t))).Where(t => t.Item2.DocFreq > 0).ToList();
        _others = others.Distinct().Select(searcher.CreateNormalizedWeight).ToList();
        _filter = filter;
    }

    /// <summary>Gives <paramref name="collector"/> every matching passage, segment by segment, in order (it must not ask for scores).</summary>
    public void Count(IndexSearcher searcher, ICollector collector)
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var live = reader.LiveDocs;
            var matching = new FixedBitSet(reader.MaxDoc);
            foreach (var (term, where) in _terms)
            {
                if (where.Get(leaf.Ord) is { } state && reader.GetTerms(term.Field)?.GetEnumerator() is { } enumerator)
                {
                    enumerator.SeekExact(term.Bytes, state);
                    matching.Or(enumerator.Docs(live, null, DocsFlags.NONE));
                }
            }
            foreach (var weight in _others)
            {
                if (weight.GetScorer(leaf, live) is { } scorer)
                {
                    matching.Or(scorer);
                }
            }
            if (_filter is not null)
            {
                if (_filter.GetDocIdSet(leaf, live)?.GetIterator() is not { } allowed)
                {
                    continue;
                }
                matching.And(allowed);
            }
            collector.SetNextReader(leaf);
            for (var doc = matching.NextSetBit(0); doc >= 0; doc = doc + 1 < matching.Length ? matching.NextSetBit(doc + 1) : -1)
            {
                collector.Collect(doc);
            }
        }
    }
}
