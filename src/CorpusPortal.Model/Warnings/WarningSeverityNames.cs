namespace CorpusPortal.Model.Warnings;

/// <summary>Severities as files, JSON and reports spell them: <c>info</c>, <c>warning</c>, <c>error</c>.</summary>
public static class WarningSeverityNames
{
    public static string Name(this WarningSeverity severity) => severity switch
    {
        WarningSeverity.Info => "info",
        WarningSeverity.Error => "error",
        _ => "warning",
    };
}
