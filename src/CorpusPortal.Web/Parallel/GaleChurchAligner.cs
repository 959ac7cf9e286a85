namespace CorpusPortal.Web.Parallel;

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

    /// <param name="left">Sentence lengths of the original, in characters.</param>
    /// <param name="right">Sentence lengths of the translation.</param>
    /// <param name="ratio">Characters of translation per character of original; by default taken from the two texts.</param>
    public static List<AlignedGroup> Align(IReadOnlyList<int> left, IReadOnlyList<int> right, double? ratio = null)
    {
        var n = left.Count;
        var m = right.Count;
        var c = ratio ?? (left.Sum() == 0 ? 1.0 : Math.Max(0.1, (double)right.Sum() / left.Sum()));
        var cost = new double[n + 1, m + 1];
        var back = new (int Left, int Right)[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                cost[i, j] = i == 0 && j == 0 ? 0 : double.PositiveInfinity;
                foreach (var (di, dj, prior) in Steps)
                {
                    if (i < di || j < dj || double.IsPositiveInfinity(cost[i - di, j - dj]))
                    {
                        continue;
                    }
                    var l1 = Sum(left, i - di, di);
                    var l2 = Sum(right, j - dj, dj);
                    var candidate = cost[i - di, j - dj] + StepCost(l1, l2, prior, c);
                    if (candidate < cost[i, j])
                    {
                        cost[i, j] = candidate;
                        back[i, j] = (di, dj);
                    }
                }
            }
        }
        var groups = new List<AlignedGroup>();
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            var (di, dj) = back[i, j];
            groups.Add(new AlignedGroup(Enumerable.Range(i - di, di).ToList(), Enumerable.Range(j - dj, dj).ToList()));
            i -= di;
            j -= dj;
        }
        groups.Reverse();
        return groups;
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
