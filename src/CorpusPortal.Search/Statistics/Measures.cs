namespace CorpusPortal.Search.Statistics;

/// <summary>The measures of corpus linguistics the statistics report, each as its authors define it.</summary>
public static class Measures
{
    /// <summary>
    /// Log-likelihood (G²) of a word's frequency <paramref name="a"/> in a text of <paramref name="c"/> words against
    /// <paramref name="b"/> in a reference of <paramref name="d"/> words (Dunning 1993; Rayson and Garside 2000).
    /// </summary>
    public static double LogLikelihood(long a, long b, long c, long d)
    {
        if (c + d == 0)
        {
            return 0;
        }
        var expectedA = c * (double)(a + b) / (c + d);
        var expectedB = d * (double)(a + b) / (c + d);
        return 2 * ((a > 0 ? a * Math.Log(a / expectedA) : 0) + (b > 0 ? b * Math.Log(b / expectedB) : 0));
    }

    /// <summary>
    /// Log ratio (Hardie 2014): the binary log of the ratio of relative frequencies; 1 is twice as frequent. A zero
    /// frequency counts as 0.5, so a word absent from the reference gets a finite size.
    /// </summary>
    public static double LogRatio(long a, long b, long c, long d) =>
        c == 0 || d == 0 ? 0 : Math.Log2((Math.Max(a, 0.5) / c) / (Math.Max(b, 0.5) / d));

    /// <summary>log-Dice (Rychlý 2008): 14 + log₂(2·f(xy) / (f(x) + f(y))); at most 14, independent of the corpus size.</summary>
    public static double LogDice(long together, long node, long collocate) =>
        node + collocate == 0 || together == 0 ? double.NegativeInfinity : 14 + Math.Log2(2.0 * together / (node + collocate));

    /// <summary>Mutual information (Church and Hanks 1990): log₂(f(xy)·N / (f(x)·f(y))).</summary>
    public static double MutualInformation(long together, long node, long collocate, long words) =>
        together == 0 || node == 0 || collocate == 0 ? double.NegativeInfinity : Math.Log2((double)together * words / ((double)node * collocate));
}
