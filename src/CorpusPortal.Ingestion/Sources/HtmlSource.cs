using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Text;

namespace CorpusPortal.Ingestion.Sources;

/// <summary>What a source file gave besides its text: the record its own tags state, and what was left out of it.</summary>
public sealed record SourceHints
{
    public IReadOnlyList<Author> Authors { get; init; } = [];

    public Publication Publication { get; init; } = Publication.Unknown;

    public string? Title { get; init; }

    /// <summary>What the reading of the file left out, said for the editor (the site's navigation, share buttons …).</summary>
    public string? Dropped { get; init; }

    /// <summary>The phrases the file sets in italics in its text, in their order.</summary>
    public IReadOnlyList<string> Italics { get; init; } = [];

    /// <summary>The phrases the file sets in italics in each note, by the note's number.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> NoteItalics { get; init; } = new Dictionary<int, IReadOnlyList<string>>();
}

/// <summary>
/// A web page as a paper: its article's text, without the site's navigation, header and footer, share buttons,
/// comments and related-article lists. Headings, paragraphs, list items and quotations become the lines and
/// paragraphs of a text the importer reads as any other; the page's own tags (<c>citation_*</c>, Open Graph,
/// <c>author</c>) give its record.
/// </summary>
public static partial class HtmlSource
{
    private const string Blocks = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dt, dd";

    public static (string Text, SourceHints Hints) Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var dropped = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, svg, iframe, form, button, input, select, nav, aside, footer").ToList())
        {
            dropped.Add(element.LocalName);
            element.Remove();
        }
        foreach (var element in document.QuerySelectorAll("[class], [id], [role]").ToList())
        {
            if (element.IsConnected() && Chrome().IsMatch(string.Join(' ', element.ClassName, element.Id, element.GetAttribute("role"))) && element.LocalName is not ("body" or "html" or "main" or "article"))
            {
                dropped.Add(Chrome().Match(string.Join(' ', element.ClassName, element.Id, element.GetAttribute("role"))).Value.ToLowerInvariant());
                element.Remove();
            }
        }
        var main = Main(document);
        var text = new StringBuilder();
        // The article's headline is its title, in the record rather than in the text; the page's title tag often adds the site's name.
        var headline = main.QuerySelector("h1");
        var title = Meta(document, "citation_title") ?? headline?.TextContent ?? Meta(document, "og:title") ?? document.Title;
        foreach (var block in main.QuerySelectorAll(Blocks))
        {
            if (block == headline)
            {
                continue;
            }
            // A block inside another is written with it (a paragraph inside a list item, a quotation's paragraphs).
            if (block.Ancestors().OfType<IElement>().TakeWhile(a => a != main).Any(a => a.Matches(Blocks)))
            {
                continue;
            }
            var line = Spacing.Single(block.TextContent);
            if (line.Length == 0)
            {
                continue;
            }
            text.Append(block.LocalName == "li" ? "• " : "").Append(line).Append("\n\n");
        }
        var hints = new SourceHints
        {
            Title = title is { Length: > 0 } ? Spacing.Single(title) : null,
            Authors = [.. Metas(document, "citation_author").Concat(Metas(document, "author")).Concat(Metas(document, "article:author"))
                .Where(a => !a.Contains("://", StringComparison.Ordinal) && a.Length <= Model.Documents.MetadataLimits.MaxNameLength)
                .Distinct(StringComparer.Ordinal).Select(Author.FromName)],
            Publication = Publication.Unknown with
            {
                Container = Meta(document, "citation_journal_title") ?? Meta(document, "og:site_name"),
                Doi = Meta(document, "citation_doi") is { } doi && Identifiers.IsDoi(Identifiers.PlainDoi(doi)) ? Identifiers.PlainDoi(doi) : null,
                Url = (Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) is { } url && Identifiers.IsWebAddress(url) ? url : null,
                Published = Date(Meta(document, "citation_publication_date") ?? Meta(document, "article:published_time") ?? Meta(document, "date")),
                Volume = Meta(document, "citation_volume"),
                Issue = Meta(document, "citation_issue"),
            },
            Dropped = dropped.Count > 0 ? string.Join(", ", dropped) : null,
        };
        return (text.ToString(), hints);
    }

    /// <summary>The article: the longest <c>article</c>, else <c>main</c>, else the element holding the most paragraph text.</summary>
    private static IElement Main(IDocument document)
    {
        if (document.QuerySelectorAll("article").OrderByDescending(a => a.TextContent.Length).FirstOrDefault() is { } article)
        {
            return article;
        }
        if (document.QuerySelector("main, [role=main]") is { } main)
        {
            return main;
        }
        var body = document.Body ?? document.DocumentElement;
        return body.QuerySelectorAll("p").Select(p => p.ParentElement!).Where(e => e is not null)
            .GroupBy(e => e).OrderByDescending(g => g.Sum(e => e.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Length)))
            .Select(g => g.Key).FirstOrDefault() ?? body;
    }

    private static string? Meta(IDocument document, string name) => Metas(document, name).FirstOrDefault();

    private static IEnumerable<string> Metas(IDocument document, string name) =>
        document.QuerySelectorAll("meta").Where(m => string.Equals(m.GetAttribute("name") ?? m.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase))
            .Select(m => Spacing.Single(m.GetAttribute("content") ?? "")).Where(c => c.Length > 0);

    private static PartialDate? Date(string? text) =>
        text is { Length: >= 4 } ? PartialDate.Parse(text.Length >= 10 ? text[..10].Replace('/', '-') : text) : null;

    [GeneratedRegex(@"(?<![a-z])(?:share|social|comment|related|newsletter|subscribe|advert|promo|breadcrumb|menu|navbar|navigation|cookie|sidebar|popular|recommended)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Chrome();
}
