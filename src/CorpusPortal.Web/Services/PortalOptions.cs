namespace CorpusPortal.Web.Services;

/// <summary>
/// Where the portal finds the corpus and keeps its index. Relative paths are looked for from the content root
/// upwards, so the portal finds the repository's <c>corpus/</c> whether it is started from the repository or
/// from its project folder. Configuration keys: <c>Corpus</c>, <c>Data</c> (command line: <c>--Corpus=DIR</c>).
/// </summary>
public sealed record PortalOptions(string CorpusFolder, string DataFolder)
{
    /// <summary>
    /// The address readers reach the portal at (<c>PublicBaseUrl</c>, e.g. <c>https://corpus.example.org</c>): citations
    /// use it, and requests for any other host are refused, so a forged Host header cannot put another site into a
    /// citation or a redirect. Null when not configured (development: the request's own address is used).
    /// </summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>
    /// Where readers reach the people who run the portal (<c>Contact</c>: an e-mail address or a web address), shown on
    /// the contact page; null when the operator has not given one.
    /// </summary>
    public string? Contact { get; init; }

    /// <summary>The contact as a link: <c>mailto:</c> for an e-mail address, the address itself for a web page.</summary>
    public string? ContactHref => Contact switch
    {
        null => null,
        var c when c.Contains('@', StringComparison.Ordinal) && !c.Contains("://", StringComparison.Ordinal) => "mailto:" + c,
        var c => c,
    };

    /// <summary>The configured public address without a trailing slash, or null.</summary>
    public string? PublicBase => PublicBaseUrl?.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>The base of citation URLs: the configured public address, or the request's own.</summary>
    public string BaseUrlFor(HttpRequest request) => PublicBase ?? $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static PortalOptions From(IConfiguration configuration, string contentRoot)
    {
        var corpus = Locate(configuration["Corpus"] ?? "corpus", contentRoot);
        var data = configuration["Data"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.Combine(Path.GetDirectoryName(corpus)!, "data");
        var publicBase = configuration["PublicBaseUrl"] is { Length: > 0 } configuredBase
            ? Uri.TryCreate(configuredBase, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new InvalidOperationException($"PublicBaseUrl '{configuredBase}' is not an http or https address")
            : null;
        var contact = configuration["Contact"] is { Length: > 0 } given ? given.Trim() : null;
        if (contact is not null && !IsContact(contact))
        {
            throw new InvalidOperationException($"Contact '{contact}' is neither an e-mail address nor an http or https address");
        }
        return new PortalOptions(corpus, data) { PublicBaseUrl = publicBase, Contact = contact };
    }

    private static bool IsContact(string contact) =>
        CorpusPortal.Model.Bibliography.Identifiers.IsWebAddress(contact)
        || (contact.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < contact.Length - 1 && !contact.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"'));

    private static string Locate(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }
        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return Path.GetFullPath(path, contentRoot);
    }
}
