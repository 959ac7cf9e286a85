namespace CorpusPortal.Web.Harvesting;

/// <summary>An OAI-PMH error condition: its code (<c>badArgument</c> …) and what was wrong, in words.</summary>
public sealed record OaiError(string Code, string Message)
{
    public const string BadVerb = "badVerb";
    public const string BadArgument = "badArgument";
    public const string BadResumptionToken = "badResumptionToken";
    public const string CannotDisseminateFormat = "cannotDisseminateFormat";
    public const string IdDoesNotExist = "idDoesNotExist";
    public const string NoRecordsMatch = "noRecordsMatch";
    public const string NoSetHierarchy = "noSetHierarchy";
    public const string NoMetadataFormats = "noMetadataFormats";

    /// <summary>Errors after which the response's <c>request</c> element carries no attributes (the protocol's rule).</summary>
    public bool HidesArguments => Code is BadVerb or BadArgument;
}
