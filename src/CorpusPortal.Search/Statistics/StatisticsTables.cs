namespace CorpusPortal.Search.Statistics;

/// <summary>What is counted: word forms as printed (lowercased), or their stems.</summary>
public enum CountBy
{
    Form,
    Stem,
}

/// <summary>
/// The passages a statistic is taken over: one document's, one language's, those a query of the search language
/// finds, or any combination (each given part narrows); everything when none is given.
/// </summary>
public sealed record StatisticsScope(string? Document = null, string? Language = null, string? Query = null);

/// <summary>A word of a frequency list: how often it occurs, per 10,000 words of the scope, and in how many documents.</summary>
public sealed record FrequencyRow(string Text, string Language, long Frequency, double PerTenThousand, int Documents);

/// <summary>A frequency list: the words counted in the scope, its documents and passages, and its first rows.</summary>
public sealed record FrequencyTable(long Words, int Documents, int Passages, int Distinct, IReadOnlyList<FrequencyRow> Rows);

/// <summary>
/// A keyword of a document: how often it occurs there and in the rest of the corpus (also per 10,000 words),
/// the log-likelihood of that difference and its size (log ratio: 1 means twice as frequent).
/// </summary>
public sealed record KeywordRow(string Text, string Language, long Frequency, long ReferenceFrequency, double PerTenThousand, double ReferencePerTenThousand, double LogLikelihood, double LogRatio);

public sealed record KeywordTable(string Document, long Words, long ReferenceWords, IReadOnlyList<KeywordRow> Rows);

/// <summary>
/// A collocate of a word: how often it stands within the window around the word, how often it occurs at all, and
/// the strength of the pair as log-Dice (at most 14) and mutual information.
/// </summary>
public sealed record CollocationRow(string Text, string Language, long Together, long Frequency, double LogDice, double MutualInformation);

public sealed record CollocationTable(string Node, long NodeFrequency, long Words, int Window, IReadOnlyList<CollocationRow> Rows);

/// <summary>A statistic, or why it could not be taken (a query that does not read, a document that does not exist).</summary>
public sealed record StatisticsResult<T>(T? Table, string? Error);
