namespace CorpusPortal.Text;

/// <summary>
/// The most time one match of a regular expression may take on editor or reader input. The expressions are written
/// without nested quantifiers, so a match takes microseconds; the budget is the net under that rule: an input that
/// still finds a slow path gets a clear refusal, never a pinned server thread.
/// </summary>
public static class RegexBudget
{
    public const int Milliseconds = 1000;
}
