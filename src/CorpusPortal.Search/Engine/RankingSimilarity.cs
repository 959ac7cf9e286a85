using Lucene.Net.Search.Similarities;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// BM25, with a coordination factor that puts passages with more of the query's words first: each word a passage
/// lacks divides its score by <see cref="MissingWordPenalty"/>. Only the queries of words side by side keep the factor
/// (<see cref="LuceneQuery"/>); every other boolean query disables it.
/// </summary>
public sealed class RankingSimilarity : BM25Similarity
{
    public const float MissingWordPenalty = 1000f;

    public override float Coord(int overlap, int maxOverlap) =>
        overlap >= maxOverlap ? 1f : MathF.Pow(MissingWordPenalty, overlap - maxOverlap);
}
