using CorpusPortal.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace CorpusPortal.Web.Tests;

/// <summary>Each document shows related passages in other documents and what it shares with them.</summary>
public sealed class RelatedTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>The page once related passages are found (they are found in the background after the portal starts).</summary>
    private async Task<AngleSharp.Dom.IDocument> Page(string id)
    {
        var client = portal.CreateClient();
        await portal.Services.GetRequiredService<RelatedLinks>().WhenCurrent();
        return Html.Parse(await client.GetStringAsync($"/documents/{id}"));
    }

    [Fact]
    public async Task The_news_article_on_the_Eurasian_Economic_Union_and_the_thesis_abstract_are_related_both_ways()
    {
        var news = await Page("003_94344ba106347a29");
        var thesis = await Page("000_91073a8e0371b68b");

        var fromNews = news.QuerySelectorAll("section.related li").Select(li => li.TextContent).ToList();
        var fromThesis = thesis.QuerySelectorAll("section.related li").Select(li => li.TextContent).ToList();
        // 000 prints no title, so it is named by a bracketed label and its opening words; paragraphs are named ¶ N.
        Assert.Contains(fromNews, t => t.Contains("[Başlıksız] Bu araştırmada Azerbaycan'ın Avrasya Birliği'ne yönelik politikaları ve yaklaşımları…, ¶ 2", StringComparison.Ordinal) && t.Contains("Eurasian", StringComparison.Ordinal));
        Assert.DoesNotContain(fromNews, t => t.Contains("000_91073a8e0371b68b", StringComparison.Ordinal));
        Assert.Contains(fromThesis, t => t.Contains("What does Russia want from Azerbaijan", StringComparison.Ordinal));
        Assert.All(news.QuerySelectorAll("section.related li > a"), a => Assert.DoesNotMatch(@"\bp-\d", a.TextContent));
    }

    [Fact]
    public async Task A_journal_article_lists_the_authors_it_shares_with_the_other()
    {
        var page = await Page("001_4fca9fe008e145b8");

        var shared = page.QuerySelectorAll("section.related h3 + ul li").Select(li => li.TextContent).ToList();
        Assert.Contains(shared, t => t.StartsWith("Aslanlı", StringComparison.Ordinal) && t.Contains("An Important Crossroads in Azerbaijan-Turkey Relations", StringComparison.Ordinal));
    }
}
