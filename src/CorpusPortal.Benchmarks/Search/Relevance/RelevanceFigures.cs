using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Index;
using static System.FormattableString;

namespace CorpusPortal.Benchmarks.Search.Relevance;

/// <summary>
/// success@1 and MRR@10 of the portal's search on queries.tsv over the seed corpus, beside a naive baseline
/// (<see cref="BaselineSearch"/>) on the same passages, per category and overall (docs/performance.md, "Relevance").
/// </summary>
internal static class RelevanceFigures
{
    private const int Depth = 10;

    public static int Run(TextWriter output, bool verbose)
    {
        var queries = RelevanceQuery.Load(RelevanceQuery.FilePath);
        var corpus = new CorpusFolder(Path.Combine(RepositoryFiles.Root, "corpus"));
        var documents = corpus.ReadAll().ToList();
        var folder = Directory.CreateTempSubdirectory("corpusportal-relevance-");
        try
        {
            using var index = PassageIndex.Open(folder.FullName, CorpusIndex.ProtectedWords(corpus));
            index.Rebuild(documents.Select(d => (d, (string?)null)));
            var (glossary, problems) = CorpusIndex.Glossary(corpus);
            foreach (var problem in problems)
            {
                output.WriteLine(problem);
            }
            using var ours = new LuceneSearcher(index, glossary);
            using var baseline = new BaselineSearch(documents.SelectMany(PassageExtractor.Passages));
            var ranks = queries.Select(q => (Query: q, Hits: ours.Search(q.Query, Depth).Hits.Select(h => h.Text).ToList(), Baseline: q.RankIn(baseline.Search(q.Query, Depth))))
                .Select(r => (r.Query, Ours: r.Query.RankIn(r.Hits), First: r.Hits.FirstOrDefault() ?? "", r.Baseline)).ToList();
            output.WriteLine(Invariant($"relevance: {queries.Count} queries over {documents.Count} seed papers ({index.PassageCount} passages), {Path.GetFileName(RelevanceQuery.FilePath)}"));
            output.WriteLine(Invariant($"  {"category",-10} {"queries",7}   {"ours s@1",8} {"MRR@10",7}   {"baseline s@1",12} {"MRR@10",7}"));
            foreach (var group in ranks.GroupBy(r => r.Query.Category).Append(ranks.GroupBy(_ => "all").Single()))
            {
                output.WriteLine(Invariant($"  {group.Key,-10} {group.Count(),7}   {SuccessAt1(group.Select(r => r.Ours)),8:F3} {Mrr(group.Select(r => r.Ours)),7:F3}   {SuccessAt1(group.Select(r => r.Baseline)),12:F3} {Mrr(group.Select(r => r.Baseline)),7:F3}"));
            }
            foreach (var miss in ranks.Where(r => verbose ? r.Ours != 1 : r.Ours is null))
            {
                output.WriteLine(Invariant($"  {(miss.Ours is { } rank ? $"rank {rank}" : "not in top 10")}: [{miss.Query.Category}] {miss.Query.Query}"));
                if (verbose)
                {
                    output.WriteLine($"      first: {miss.First[..Math.Min(miss.First.Length, 110)]}");
                }
            }
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static double SuccessAt1(IEnumerable<int?> ranks) => ranks.Average(r => r == 1 ? 1.0 : 0.0);

    private static double Mrr(IEnumerable<int?> ranks) => ranks.Average(r => r is { } rank ? 1.0 / rank : 0.0);
}
