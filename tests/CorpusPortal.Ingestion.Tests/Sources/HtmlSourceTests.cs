using System.Text;
using CorpusPortal.Ingestion.Sources;
using CorpusPortal.Model.Citations;

namespace CorpusPortal.Ingestion.Tests.Sources;

/// <summary>A web page brought as a paper: the article's text, without the site around it, and the record its tags give.</summary>
public sealed class HtmlSourceTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Baku and Ankara open a new gas line | Caucasus Review</title>
          <meta property="og:site_name" content="Caucasus Review">
          <meta property="og:url" content="https://caucasus-review.example/2021/06/gas-line">
          <meta name="author" content="Leyla Məmmədova">
          <meta property="article:published_time" content="2021-06-30T09:15:00+04:00">
        </head>
        <body>
          <header class="site-header"><a href="/">Caucasus Review</a></header>
          <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/energy">Energy</a></li></ul></nav>
          <article>
            <h1>Baku and Ankara open a new gas line</h1>
            <div class="share-buttons"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>
            <p>The new line carries gas from the Caspian to Anatolia, the ministers said on Wednesday.</p>
            <h2>A decade of talks</h2>
            <p>The agreement of 2011 was cited as its origin (FO 371/12345 is not cited here).</p>
            <blockquote><p>It is one nation, two states, the minister said.</p></blockquote>
            <ul><li>Length: 1,850 km</li><li>Capacity: 16 bcm a year</li></ul>
            <section class="comments"><h3>Comments</h3><p>Great news! Posted by a reader.</p></section>
            <aside class="related-articles"><p>Read also: pipelines in the region</p></aside>
          </article>
          <footer><p>© Caucasus Review 2021</p></footer>
          <script>trackPageView();</script>
        </body>
        </html>
        """;

    private static CorpusPortal.Model.Documents.Document Import(string html) =>
        Importer.Import(Encoding.UTF8.GetBytes(html), "gas-line.html");

    [Fact]
    public void The_format_is_told_from_the_content_not_the_name()
    {
        Assert.Equal(SourceFormat.Html, SourceFormats.Detect(Encoding.UTF8.GetBytes(Page)));
        Assert.Equal(SourceFormat.Text, SourceFormats.Detect("Giriş\n\nBir metin <b>kalın</b>.\n"u8));
        Assert.Equal(SourceFormat.Pdf, SourceFormats.Detect("%PDF-1.7\n"u8));
        Assert.Equal(SourceFormat.Docx, SourceFormats.Detect("PK\u0003\u0004rest"u8));
    }

    [Fact]
    public void The_article_is_read_without_the_sites_navigation_share_buttons_comments_and_related_articles()
    {
        var document = Import(Page);

        var text = string.Join("\n", document.Paragraphs.Select(p => p.Text));
        Assert.Contains("The new line carries gas from the Caspian to Anatolia", text, StringComparison.Ordinal);
        Assert.Contains("It is one nation, two states, the minister said.", text, StringComparison.Ordinal);
        Assert.Contains("Capacity: 16 bcm a year", text, StringComparison.Ordinal);
        foreach (var chrome in new[] { "Politics", "Share on", "Great news", "Read also", "© Caucasus Review", "trackPageView" })
        {
            Assert.DoesNotContain(chrome, text, StringComparison.Ordinal);
        }
        Assert.Contains(document.Sections, s => s.Title == "A decade of talks");
    }

    [Fact]
    public void The_headline_is_the_title_of_a_news_article_not_a_paragraph()
    {
        var document = Import(Page);

        Assert.Equal(CorpusPortal.Model.Documents.DocumentKind.NewsArticle, document.Metadata.Kind);
        Assert.Equal("Baku and Ankara open a new gas line", document.Metadata.Titles["en"]);
        Assert.DoesNotContain(document.Sections, s => s.Title == "Baku and Ankara open a new gas line");
    }

    [Fact]
    public void The_pages_tags_give_its_author_site_address_and_date()
    {
        var document = Import(Page);

        var meta = document.Metadata;
        Assert.Equal("Məmmədova, Leyla", Assert.Single(meta.Authors).Inverted);
        Assert.Equal("Caucasus Review", meta.Publication.Container);
        Assert.Equal("https://caucasus-review.example/2021/06/gas-line", meta.Publication.Url);
        Assert.Equal("2021-06-30", meta.Publication.Published?.ToString());
        Assert.DoesNotContain(document.Warnings, w => w.Code is "no-authors" or "no-year");
        Assert.Contains(document.Warnings, w => w.Code == "html-source" && w.Message.Contains("nav", StringComparison.Ordinal));
    }

    [Fact]
    public void Citations_in_the_article_are_found_as_in_any_text()
    {
        var document = Import(Page);

        Assert.Equal("TNA FO 371/12345", Assert.Single(document.Citations.OfType<ArchivalCitation>()).Key);
    }

    [Fact]
    public void A_page_without_an_article_is_refused_clearly()
    {
        var refusal = Assert.Throws<ImportException>(() => Import("<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>"));

        Assert.Contains("no article text", refusal.Message, StringComparison.Ordinal);
    }
}
