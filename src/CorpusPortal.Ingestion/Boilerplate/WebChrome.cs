using System.Text.RegularExpressions;

namespace CorpusPortal.Ingestion.Boilerplate;

/// <summary>
/// The parts of a scraped web page that are not the article: comment counters, "Leave a review", share and
/// follow prompts, "News Line" and the links to other articles that follow them.
/// </summary>
internal static partial class WebChrome
{
    public static bool IsChromeLine(string content) => Chrome().IsMatch(content.Trim());

    [GeneratedRegex(@"^(?:\d+\s+comments?|no comments|leave a (?:review|comment|reply)|follow us(?: on .*)?|news ?line|latest news|share(?: this)?(?: on .*)?|related (?:news|articles|posts)|read (?:more|also)|tags?:.*|subscribe.*|print|advertisement|you may also like|most read|popular)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Chrome();
}
