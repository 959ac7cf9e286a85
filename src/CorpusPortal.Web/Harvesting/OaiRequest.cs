namespace CorpusPortal.Web.Harvesting;

/// <summary>
/// A request's verb and arguments, checked against what the verb allows: a missing, unknown or repeated verb is
/// <c>badVerb</c>; a repeated, unknown or missing argument, or a resumption token beside other arguments, is
/// <c>badArgument</c>.
/// </summary>
public sealed record OaiRequest(string Verb, IReadOnlyDictionary<string, string> Arguments)
{
    public const string Identify = "Identify";
    public const string ListMetadataFormats = "ListMetadataFormats";
    public const string ListSets = "ListSets";
    public const string ListIdentifiers = "ListIdentifiers";
    public const string ListRecords = "ListRecords";
    public const string GetRecord = "GetRecord";

    private static readonly Dictionary<string, (string[] Required, string[] Optional)> Verbs = new(StringComparer.Ordinal)
    {
        [Identify] = ([], []),
        [ListMetadataFormats] = ([], ["identifier"]),
        [ListSets] = ([], ["resumptionToken"]),
        [ListIdentifiers] = (["metadataPrefix"], ["from", "until", "set"]),
        [ListRecords] = (["metadataPrefix"], ["from", "until", "set"]),
        [GetRecord] = (["identifier", "metadataPrefix"], []),
    };

    public string? this[string name] => Arguments.GetValueOrDefault(name);

    public static (OaiRequest? Request, OaiError? Error) Parse(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> given)
    {
        var arguments = given.ToList();
        var verbs = arguments.Where(a => a.Key == "verb").SelectMany(a => a.Value).ToList();
        if (verbs.Count == 0)
        {
            return (null, new(OaiError.BadVerb, "the request has no verb"));
        }
        if (verbs.Count > 1)
        {
            return (null, new(OaiError.BadVerb, "the verb is given more than once"));
        }
        if (!Verbs.TryGetValue(verbs[0], out var allowed))
        {
            return (null, new(OaiError.BadVerb, $"'{verbs[0]}' is not an OAI-PMH verb (Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords, GetRecord)"));
        }
        var verb = verbs[0];
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, list) in arguments.Where(a => a.Key != "verb"))
        {
            if (list.Count != 1)
            {
                return (null, new(OaiError.BadArgument, $"the argument '{name}' is given more than once"));
            }
            values[name] = list[0];
        }
        var resuming = values.ContainsKey("resumptionToken") && verb is ListIdentifiers or ListRecords;
        if (resuming && values.Count > 1)
        {
            return (null, new(OaiError.BadArgument, "a resumptionToken is exclusive: give it with the verb alone"));
        }
        string[] permitted = resuming ? ["resumptionToken"] : [.. allowed.Required, .. allowed.Optional];
        if (values.Keys.FirstOrDefault(k => !permitted.Contains(k)) is { } illegal)
        {
            return (null, new(OaiError.BadArgument, $"{verb} takes no argument '{illegal}'"));
        }
        if (!resuming && allowed.Required.FirstOrDefault(r => !values.ContainsKey(r)) is { } missing)
        {
            return (null, new(OaiError.BadArgument, $"{verb} needs the argument '{missing}'"));
        }
        return (new OaiRequest(verb, values), null);
    }
}
