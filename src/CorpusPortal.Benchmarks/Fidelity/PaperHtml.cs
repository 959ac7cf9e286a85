using System.Net;
using System.Text;

namespace CorpusPortal.Benchmarks.Fidelity;

/// <summary>
/// A test paper as a news site's saved page: the article (its title as the headline, headings, paragraphs) inside
/// the site's header, navigation, share buttons, related articles, comments and footer, which the importer must
/// leave out.
/// </summary>
public static class PaperHtml
{
    public static string Write(Paper paper)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Caucasus Report</title></head><body>\n");
        html.Append("<header class=\"site-header\"><a href=\"/\">Caucasus Report</a><nav><a href=\"/news\">News</a> <a href=\"/analysis\">Analysis</a> <a href=\"/subscribe\">Subscribe</a></nav></header>\n");
        html.Append("<main><article>\n");
        foreach (var block in paper.Blocks)
        {
            var text = WebUtility.HtmlEncode(block.Plain);
            html.Append(block.Kind switch
            {
                PaperBlockKind.Title => $"<h1>{text}</h1>\n",
                PaperBlockKind.Heading => $"<h2>{text}</h2>\n",
                PaperBlockKind.HeaderLine => $"<p class=\"byline\">{text}</p>\n",
                _ => $"<p>{text}</p>\n",
            });
        }
        html.Append("<div class=\"share-buttons\"><a href=\"#\">Share on X</a> <a href=\"#\">Share on Facebook</a></div>\n");
        html.Append("</article>\n<aside class=\"related\"><h3>Related articles</h3><ul><li><a href=\"/1\">Pipeline talks resume</a></li></ul></aside></main>\n");
        html.Append("<section class=\"comments\"><h3>Comments</h3><p>Great article!</p></section>\n");
        html.Append("<footer><p>© Caucasus Report. All rights reserved.</p></footer>\n</body></html>\n");
        return html.ToString();
    }
}
