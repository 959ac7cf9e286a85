namespace CorpusPortal.Web.Harvesting;

/// <summary>
/// Who the repository is: its base URL (<c>…/oai</c>), the portal's address its records point to, its name, the
/// administrator's e-mail address, and the host that scopes its identifiers (<c>oai:host:id</c>).
/// </summary>
public sealed record OaiIdentity(string BaseUrl, string PortalBase, string RepositoryName, string AdminEmail, string Host)
{
    public string IdentifierOf(string id) => $"oai:{Host}:{id}";

    /// <summary>The document id an identifier names, or null when it is not one of this repository's.</summary>
    public string? IdOf(string identifier) =>
        identifier.StartsWith($"oai:{Host}:", StringComparison.Ordinal) ? identifier[$"oai:{Host}:".Length..] : null;

    /// <summary>
    /// True when the host can be the repository identifier of the oai-identifier scheme (a domain name with a dot;
    /// <c>localhost</c> is not one), so Identify may describe it.
    /// </summary>
    public bool HasDomainName =>
        Host.Split('.') is { Length: > 1 } labels && labels.All(l => l.Length > 0 && char.IsAsciiLetter(l[0]) && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
}
