namespace CorpusPortal.Web.Crawling;

/// <summary>
/// <c>/robots.txt</c>: the public pages and the JSON API are open to crawlers; the editor's pages, the search and
/// concordance results (endless combinations of queries) and the downloads made from them are not. It names the sitemap.
/// </summary>
public static class Robots
{
    public static readonly IReadOnlyList<string> Disallowed = ["/editor", "/search", "/concordance", "/statistics?", "/ui-language/"];

    public static IResult Answer(string baseUrl) => Results.Text(
        "User-agent: *\n"
        + string.Concat(Disallowed.Select(path => $"Disallow: {path}\n"))
        + $"\nSitemap: {baseUrl}/sitemap.xml\n",
        "text/plain; charset=utf-8");
}
