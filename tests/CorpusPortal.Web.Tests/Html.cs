using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CorpusPortal.Web.Tests;

internal static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
