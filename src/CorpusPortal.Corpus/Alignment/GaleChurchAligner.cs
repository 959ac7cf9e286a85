namespace CorpusPortal.Corpus.Alignment;

/// <summary>One step of an alignment: which sentences of each side go together (either side may be empty).</summary>
public sealed record AlignedGroup(IReadOnlyList<int> Left, IReadOnlyList<int> Right);

/// <summary>
/// Gale and Church's length-based sentence aligner (1993): a translation's sentences are about as long, in
/// characters, as the sentences they translate, times a constant. Dynamic programming over 1–1, 1–0, 0–1, 2–1,
/// 1–2 and 2–2 steps, each scored by its prior and by how well the lengths agree.
/// </summary>
public static class GaleChurchAligner
{
    private const double Variance = 6.8;

    private static readonly (int Left, int Right, double Prior)[] Steps =
    [
        (1, 1, 0.89), (1, 0, 0.0099 / 2), (0, 1, 0.0099 / 2), (2, 1, 0.089 / 2), (1, 2, 0.089 / 2), (2, 2, 0.011),
    ];

    /// <summary>Beyond this many sentences on either side the texts are paired as one block (no sentence alignment).</summary>
    public const int MaxSentences = 20_000;

    /// <summary>How far from the diagonal (in sentences) a path may stray: at least this many, more for long texts.</summary>
    private const int MinimumBand = 60;
    private const int MaximumBand = 400;

    /// <summary>
    /// Aligns two texts by their sentence lengths. The table is computed only within a band around the diagonal from
    /// (0, 0) to (n, m) — a translation does not wander hundreds of sentences away from its original — so time and
    /// memory grow with the length of the texts, not with its square.
    /// </summary>
    /// <param name="left">Sentence lengths of the original, in characters.</param>
    /// <param name="right">Sentence lengths of the translation.</param>
    /// <param name="ratio">Characters of translation per character of original; by default taken from the two texts.</param>
    public static List<AlignedGroup> Align(IReadOnlyList<int> left, IReadOnlyList<int> right, double? ratio = null)
    {
        var n = left.Count;
        var m = right.Count;
        if (n > MaxSentences || m > MaxSentences)
        {
            return [new AlignedGroup(Enumerable.Range(0, n).ToList(), Enumerable.Range(0, m).ToList())];
        }
        var c = ratio ?? (left.Sum() == 0 ? 1.0 : Math.Max(0.1, (double)right.Sum() / left.Sum()));
        // The band is wide enough to connect rows even when one text has many more sentences than the other.
        var band = Math.Max(Math.Clamp((n + m) / 50, MinimumBand, MaximumBand), (Math.Max(n, m) / Math.Max(1, Math.Min(n, m))) + 3);
        var low = new int[n + 1];
        var cost = new double[n + 1][];
        var back = new byte[n + 1][];
        for (var i = 0; i <= n; i++)
        {
            var centre = n == 0 ? 0 : (int)((long)i * m / n);
            low[i] = i == n ? Math.Max(0, Math.Min(m, centre) - band) : Math.Max(0, centre - band);
            var high = i == n ? m : Math.Min(m, centre + band);
            if (n == 0)
            {
                high = m;
            }
            cost[i] = new double[high - low[i] + 1];
            back[i] = new byte[high - low[i] + 1];
            for (var j = low[i]; j <= high; j++)
            {
                var best = i == 0 && j == 0 ? 0 : double.PositiveInfinity;
                byte step = 0;
                for (var s = 0; s < Steps.Length; s++)
                {
                    var (di, dj, prior) = Steps[s];
                    if (i < di || j < dj || Cost(cost, low, i - di, j - dj) is not { } before || double.IsPositiveInfinity(before))
                    {
                        continue;
                    }
                    var candidate = before + StepCost(Sum(left, i - di, di), Sum(right, j - dj, dj), prior, c);
                    if (candidate < best)
                    {
                        best = candidate;
                        step = (byte)s;
                    }
                }
                cost[i][j - low[i]] = best;
                back[i][j - low[i]] = step;
            }
        }
        if (double.IsPositiveInfinity(cost[n][m - low[n]]))
        {
            return [new AlignedGroup(Enumerable.Range(0, n).ToList(), Enumerable.Range(0, m).ToList())];
        }
        var groups = new List<AlignedGroup>();
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            var (di, dj, _) = Steps[back[i][j - low[i]]];
            groups.Add(new AlignedGroup(Enumerable.Range(i - di, di).ToList(), Enumerable.Range(j - dj, dj).ToList()));
            i -= di;
            j -= dj;
        }
        groups.Reverse();
        return groups;
    }

    /// <summary>The cost of reaching (i, j), or null when (i, j) lies outside the band.</summary>
    private static double? Cost(double[][] cost, int[] low, int i, int j)
    {
        var k = j - low[i];
        return k >= 0 && k < cost[i].Length ? cost[i][k] : null;
    }

    private static int Sum(IReadOnlyList<int> lengths, int from, int count)
    {
        var sum = 0;
        for (var k = from; k < from + count; k++)
        {
            sum += lengths[k];
        }
        return sum;
    }

    /// <summary>−log of the step's probability: its prior times the chance of a length difference this large.</summary>
    private static double StepCost(int l1, int l2, double prior, double ratio)
    {
        var mean = (l1 + l2 / ratio) / 2;
        var delta = mean == 0 ? 0 : (l2 - l1 * ratio) / Math.Sqrt(mean * Variance);
        var tail = 2 * (1 - NormalCdf(Math.Abs(delta)));
        return -Math.Log(prior) - Math.Log(Math.Max(tail, 1e-12));
    }

    /// <summary>The standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 7.5e-8).</summary>
    private static double NormalCdf(double z)
    {
        var t = 1 / (1 + 0.2316419 * z);
        var density = Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);
        var polynomial = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - density * polynomial;
    }
}
