using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQueryBase = Lucene.Net.Search.Query;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Where the words a query matched are in each hit's text, read from the offsets the analyzers stored in the postings
/// (the text fields are indexed with positions and offsets): nothing is analysed again. This is what Lucene's
/// PostingsHighlighter does; the Lucene.Net.Highlighter package served here has no PostingsHighlighter (it needs
/// ICU4N's BreakIterator), its Highlighter analyses every hit's text again, and its FastVectorHighlighter needs term
/// vectors (every position and offset stored a second time). A word matched in several forms (exact, stem, folded)
/// is one match.
/// </summary>
internal static class StoredOffsets
{
    /// <summary>The matched words of each document in <paramref name="docs"/>, by document, as (start, length), in order, with the query's terms each document has.</summary>
    public static Dictionary<int, (List<(int Start, int Length)> Spans, HashSet<Term> Terms)> FindWithTerms(IndexSearcher searcher, LuceneQueryBase query, IReadOnlyCollection<int> docs) =>
        FindWithTerms(searcher, Locate(searcher, TermsOf(searcher, query)), docs);

    /// <summary>The terms <paramref name="query"/> looks for, once its prefixes are rewritten into the index's words.</summary>
    public static HashSet<Term> TermsOf(IndexSearcher searcher, LuceneQueryBase query)
    {
        var terms = new HashSet<Term>();
        searcher.Rewrite(query).ExtractTerms(terms);
        return terms;
    }

    /// <summary>
    /// The text terms of <paramref name="terms"/> the index holds, each with where it is in every segment: a compiled
    /// query keeps them, so that marking its hits does not look each term up in the term dictionaries again.
    /// </summary>
    public static IReadOnlyList<(Term Term, TermContext Where)> Locate(IndexSearcher searcher, IEnumerable<Term> terms) =>
        terms.Distinct().Where(t => t.Field.Contains('.', StringComparison.Ordinal))
            .Select(t => (Term: t, Where: TermContext.Build(searcher.TopReaderContext, t)))
            .Where(t => t.Where.DocFreq > 0)
            .ToList();

    /// <summary>As <see cref="FindWithTerms(IndexSearcher, LuceneQueryBase, IReadOnlyCollection{int})"/>, for a query's located terms.</summary>
    public static Dictionary<int, List<(int Start, int Length)>> Find(IndexSearcher searcher, IReadOnlyList<(Term Term, TermContext Where)> terms, IReadOnlyCollection<int> docs) =>
        FindWithTerms(searcher, terms, docs).ToDictionary(f => f.Key, f => f.Value.Spans);

    private static Dictionary<int, (List<(int Start, int Length)> Spans, HashSet<Term> Terms)> FindWithTerms(IndexSearcher searcher,
        IReadOnlyList<(Term Term, TermContext Where)> terms, IReadOnlyCollection<int> docs)
    {
        var found = docs.ToDictionary(d => d, _ => new SortedSet<(int Start, int Length)>());
        var matched = docs.ToDictionary(d => d, _ => new HashSet<Term>());
        var leaves = searcher.IndexReader.Leaves;
        foreach (var leafDocs in docs.GroupBy(d => ReaderUtil.SubIndex(d, leaves)))
        {
            var leaf = leaves[leafDocs.Key];
            var inLeaf = leafDocs.Select(d => d - leaf.DocBase).Order().ToList();
            foreach (var (term, where) in terms)
            {
                Collect(leaf, term, where, inLeaf, found, matched);
            }
        }
        return found.ToDictionary(f => f.Key, f => (f.Value.ToList(), matched[f.Key]));
    }

    private static void Collect(AtomicReaderContext leaf, Term term, TermContext where, List<int> docs, Dictionary<int, SortedSet<(int Start, int Length)>> found,
        Dictionary<int, HashSet<Term>> matched)
    {
        if (where.Get(leaf.Ord) is not { } state || leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator() is not { } terms)
        {
            return;
        }
        terms.SeekExact(term.Bytes, state);
        if (terms.DocsAndPositions(leaf.AtomicReader.LiveDocs, null) is not { } postings)
        {
            return;
        }
        foreach (var doc in docs)
        {
            var at = postings.DocID >= doc ? postings.DocID : postings.Advance(doc);
            if (at == DocIdSetIterator.NO_MORE_DOCS)
            {
                return;
            }
            if (at != doc)
            {
                continue;
            }
            var spans = found[leaf.DocBase + doc];
            matched[leaf.DocBase + doc].Add(term);
            for (var i = 0; i < postings.Freq; i++)
            {
                postings.NextPosition();
                if (postings.StartOffset >= 0 && postings.EndOffset > postings.StartOffset)
                {
                    spans.Add((postings.StartOffset, postings.EndOffset - postings.StartOffset));
                }
            }
        }
    }
}
