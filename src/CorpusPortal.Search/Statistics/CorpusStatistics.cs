using CorpusPortal.Search.Engine;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CorpusPortal.Search.Statistics;

/// <summary>
/// Frequency lists, keywords and collocations over the passages of the index (docs/statistics.md), counted from the
/// segments' token columns (<see cref="SegmentTokens"/>) on the searcher's current commit: a publish is counted as
/// soon as it is searchable. Each statistic is a walk over the integers of the passages in its scope.
/// </summary>
public sealed class CorpusStatistics(PassageIndex index, LuceneSearcher searcher, TokenColumns columns)
{
    /// <summary>
    /// Builds the token columns of every segment not yet seen (at start, and after a publish adds one), so that the
    /// first statistic after it does not wait for them.
    /// </summary>
    public void Prepare() => index.Read(reader =>
    {
        foreach (var leaf in reader.IndexReader.Leaves)
        {
            columns.Of(leaf.AtomicReader);
        }
        return 0;
    });

    /// <summary>A passage in scope: its segment's columns and its number there.</summary>
    private readonly record struct InScope(SegmentTokens Segment, int Passage);

    public StatisticsResult<FrequencyTable> Frequencies(StatisticsScope scope, CountBy by, int top = 100, int minFrequency = 1) =>
        index.Read(reader =>
        {
            var (documents, error) = Passages(reader, scope);
            if (documents is null)
            {
                return new StatisticsResult<FrequencyTable>(null, error);
            }
            var (names, map) = Counted(by);
            var counts = new long[names.Count];
            var spread = new int[names.Count];
            var seen = new int[names.Count];
            Array.Fill(seen, -1);
            long words = 0;
            var passages = 0;
            foreach (var (document, list) in documents)
            {
                foreach (var (segment, passage) in list)
                {
                    passages++;
                    for (var i = segment.Start[passage]; i < segment.Start[passage + 1]; i++)
                    {
                        var id = map[segment.Tokens[i]];
                        counts[id]++;
                        words++;
                        if (seen[id] != document)
                        {
                            seen[id] = document;
                            spread[id]++;
                        }
                    }
                }
            }
            var rows = Enumerable.Range(0, names.Count)
                .Where(id => counts[id] >= Math.Max(1, minFrequency))
                .OrderByDescending(id => counts[id]).ThenBy(id => names[id].Text, StringComparer.Ordinal)
                .Take(top)
                .Select(id => new FrequencyRow(names[id].Text, names[id].Language, counts[id], PerTenThousand(counts[id], words), spread[id]))
                .ToList();
            return new StatisticsResult<FrequencyTable>(new FrequencyTable(words, documents.Count, passages, counts.Count(c => c > 0), rows), null);
        });

    /// <summary>
    /// The words a document uses more than the rest of the corpus (in the same language, when one is given), ranked by
    /// log-likelihood (Dunning's G², as Rayson computes it); the log ratio (Hardie) says by how much.
    /// </summary>
    public StatisticsResult<KeywordTable> Keywords(string document, CountBy by, string? language = null, int top = 100, int minFrequency = 2) =>
        index.Read(reader =>
        {
            var (all, error) = Passages(reader, new StatisticsScope(null, language));
            if (all is null)
            {
                return new StatisticsResult<KeywordTable>(null, error);
            }
            var target = columns.FindDocument(document);
            if (target < 0 || !all.ContainsKey(target))
            {
                return new StatisticsResult<KeywordTable>(null, language is null ? $"there is no document '{document}'" : $"document '{document}' has no text in '{language}'");
            }
            var (names, map) = Counted(by);
            var inDocument = new long[names.Count];
            var inRest = new long[names.Count];
            long words = 0, rest = 0;
            foreach (var (number, list) in all)
            {
                var counts = number == target ? inDocument : inRest;
                foreach (var (segment, passage) in list)
                {
                    for (var i = segment.Start[passage]; i < segment.Start[passage + 1]; i++)
                    {
                        counts[map[segment.Tokens[i]]]++;
                    }
                    var length = segment.Start[passage + 1] - segment.Start[passage];
                    if (number == target)
                    {
                        words += length;
                    }
                    else
                    {
                        rest += length;
                    }
                }
            }
            var rows = Enumerable.Range(0, names.Count)
                .Where(id => inDocument[id] >= Math.Max(1, minFrequency) && (rest == 0 || (double)inDocument[id] / words > (double)inRest[id] / rest))
                .Select(id => new KeywordRow(names[id].Text, names[id].Language, inDocument[id], inRest[id], PerTenThousand(inDocument[id], words), PerTenThousand(inRest[id], rest),
                    Measures.LogLikelihood(inDocument[id], inRest[id], words, rest), Measures.LogRatio(inDocument[id], inRest[id], words, rest)))
                .OrderByDescending(r => r.LogLikelihood).ThenBy(r => r.Text, StringComparer.Ordinal)
                .Take(top)
                .ToList();
            return new StatisticsResult<KeywordTable>(new KeywordTable(document, words, rest, rows), null);
        });

    /// <summary>
    /// The words that stand within <paramref name="window"/> words of <paramref name="node"/> (a form, or every form of
    /// its stem), counted in the scope, ranked by log-Dice; each at least <paramref name="minFrequency"/> times together.
    /// </summary>
    public StatisticsResult<CollocationTable> Collocations(string node, StatisticsScope scope, CountBy by, int window = 5, int top = 50, int minFrequency = 2) =>
        index.Read(reader =>
        {
            var (documents, error) = Passages(reader, scope);
            if (documents is null)
            {
                return new StatisticsResult<CollocationTable>(null, error);
            }
            var (names, map) = Counted(by);
            var nodes = NodeIds(node, by);
            var together = new long[names.Count];
            var frequency = new long[names.Count];
            long words = 0, nodeCount = 0;
            foreach (var (_, list) in documents)
            {
                foreach (var (segment, passage) in list)
                {
                    int first = segment.Start[passage], end = segment.Start[passage + 1];
                    for (var i = first; i < end; i++)
                    {
                        var id = map[segment.Tokens[i]];
                        frequency[id]++;
                        words++;
                        if (!nodes.Contains(id))
                        {
                            continue;
                        }
                        nodeCount++;
                        for (var j = Math.Max(first, i - window); j < Math.Min(end, i + window + 1); j++)
                        {
                            if (j != i)
                            {
                                together[map[segment.Tokens[j]]]++;
                            }
                        }
                    }
                }
            }
            var rows = Enumerable.Range(0, names.Count)
                .Where(id => together[id] >= Math.Max(1, minFrequency) && !nodes.Contains(id))
                .Select(id => new CollocationRow(names[id].Text, names[id].Language, together[id], frequency[id],
                    Measures.LogDice(together[id], nodeCount, frequency[id]), Measures.MutualInformation(together[id], nodeCount, frequency[id], words)))
                .OrderByDescending(r => r.LogDice).ThenByDescending(r => r.Together).ThenBy(r => r.Text, StringComparer.Ordinal)
                .Take(top)
                .ToList();
            return new StatisticsResult<CollocationTable>(new CollocationTable(node, nodeCount, words, window, rows), null);
        });

    /// <summary>The numbers a node stands for: its form (or its stem) under the Turkish and under the English rules.</summary>
    private HashSet<int> NodeIds(string node, CountBy by)
    {
        var ids = new HashSet<int>();
        foreach (var turkish in new[] { true, false })
        {
            var form = WordForms.Form(node.Trim(), turkish);
            var id = by == CountBy.Form ? columns.Vocabulary.Find(form, turkish) : columns.Vocabulary.FindStem(columns.Vocabulary.StemOf(form, turkish), turkish);
            if (id >= 0)
            {
                ids.Add(id);
            }
        }
        return ids;
    }

    /// <summary>
    /// What each number counts as (a form or a stem: its text and the rules it was read by, tr or en), and from a form's
    /// number to the number counted (itself, or its stem's), both from one snapshot of the vocabulary.
    /// </summary>
    private (List<(string Text, string Language)> Names, int[] Map) Counted(CountBy by)
    {
        var snapshot = columns.Vocabulary.Take();
        List<(string Text, string Language)> names = by == CountBy.Form
            ? [.. snapshot.Forms.Select(f => (f.Form, f.Turkish ? "tr" : "en"))]
            : [.. snapshot.Stems.Select(s => (s.Stem, s.Turkish ? "tr" : "en"))];
        var map = new int[snapshot.Forms.Count];
        for (var id = 0; id < map.Length; id++)
        {
            map[id] = by == CountBy.Form ? id : snapshot.Forms[id].Stem;
        }
        return (names, map);
    }

    /// <summary>
    /// The live passages in scope, by document (a document's passages together, so a count of documents is exact),
    /// or why the scope cannot be taken. Columns are built for segments not seen before.
    /// </summary>
    private (Dictionary<int, List<InScope>>? Documents, string? Error) Passages(IndexSearcher reader, StatisticsScope scope)
    {
        FixedBitSet?[]? matching = null;
        if (!string.IsNullOrWhiteSpace(scope.Query))
        {
            var (marks, error) = searcher.Match(reader, scope.Query);
            if (marks is null)
            {
                return (null, error);
            }
            matching = marks;
        }
        var documents = new Dictionary<int, List<InScope>>();
        var leaves = reader.IndexReader.Leaves;
        for (var l = 0; l < leaves.Count; l++)
        {
            var segment = columns.Of(leaves[l].AtomicReader);
            var live = leaves[l].AtomicReader.LiveDocs;
            var document = scope.Document is null ? -2 : columns.FindDocument(scope.Document);
            var language = scope.Language is null ? -2 : columns.FindLanguage(scope.Language);
            for (var d = 0; d < segment.Passages; d++)
            {
                if (segment.Document[d] < 0 || (live is not null && !live.Get(d)) || (document != -2 && segment.Document[d] != document)
                    || (language != -2 && segment.Language[d] != language) || (matching is not null && matching[l]?.Get(d) != true))
                {
                    continue;
                }
                if (!documents.TryGetValue(segment.Document[d], out var list))
                {
                    documents[segment.Document[d]] = list = [];
                }
                list.Add(new InScope(segment, d));
            }
        }
        return (documents, null);
    }

    private static double PerTenThousand(long count, long words) => words == 0 ? 0 : count * 10_000.0 / words;
}
