namespace CorpusPortal.Model.Warnings;

/// <summary>Something an editor should look at: a stable <see cref="Code"/>, a sentence, and the raw line.</summary>
public sealed record ImportWarning(string Code, string Message, int? Line)
{
    public WarningSeverity Severity { get; init; } = WarningSeverity.Warning;
}
