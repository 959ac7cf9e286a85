using System.Text;
using CorpusPortal.Web.Concordance;

namespace CorpusPortal.Web.Tests.Concordance;

/// <summary>
/// The concordance as CQPweb gives one: a line per match with the match in a column of its own, sorted by either
/// context or by document, spread over documents and years, the aligned sentence of a paired abstract, and CSV.
/// </summary>
public sealed class ConcordanceTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<AngleSharp.Dom.IDocument> Page(string query) =>
        Html.Parse(await portal.CreateClient().GetStringAsync("/concordance?" + query));

    [Fact]
    public void Words_sort_in_the_order_of_the_Turkish_alphabet()
    {
        string[] words = ["zil", "şu", "su", "ölç", "ok", "iz", "ıs", "İzmir", "Çay", "cam", "Işık"];

        var sorted = words.OrderBy(TurkishOrder.Key, StringComparer.Ordinal);

        Assert.Equal(["cam", "Çay", "ıs", "Işık", "iz", "İzmir", "ok", "ölç", "su", "şu", "zil"], sorted);
    }

    [Fact]
    public async Task Each_match_is_a_line_with_the_match_in_its_own_column()
    {
        var page = await Page("q=k%C3%B6pr%C3%BC");

        var rows = page.QuerySelectorAll("table.concordance tbody tr:not(.aligned)");
        Assert.True(rows.Length > 12, $"{rows.Length} lines"); // more matches than the 12 passages
        // köprü, its forms, and the glossary's English equivalent
        Assert.All(rows, row => Assert.Matches("^(köprü|bridge)", CorpusPortal.Text.TurkishCasing.ToLowerTurkish(row.QuerySelector("td.node")!.TextContent)));
        Assert.Contains(rows, row => row.QuerySelector("td.node")!.TextContent == "Köprüsü’nün");
        Assert.StartsWith($"{rows.Length} eşleşme", page.GetElementById("concordance-count")!.TextContent.Split("pasajında ")[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("left")]
    [InlineData("right")]
    public async Task Lines_sort_by_the_words_nearest_the_match_on_either_side(string side)
    {
        var page = await Page("q=k%C3%B6pr%C3%BC&sort=" + side);

        var keys = page.QuerySelectorAll("table.concordance tbody tr:not(.aligned)")
            .Select(row => row.QuerySelector("td." + side)!.TextContent)
            .Select(context => side == "left" ? string.Join(' ', context.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse()) : context.TrimStart())
            .Select(TurkishOrder.Key).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal("true", page.QuerySelector($"nav.concordance-tools a[href*='sort={side}']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_spread_over_documents_names_them_by_title_and_counts_every_line()
    {
        var page = await Page("q=Karaba%C4%9F");

        var count = System.Text.RegularExpressions.Regex.Match(page.GetElementById("concordance-count")!.TextContent, @"(\d+) eşleşme");
        var lines = int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var byDocument = page.QuerySelectorAll("#by-document tbody tr");
        Assert.Contains(byDocument, row => row.TextContent.StartsWith("An Important Crossroads in Azerbaijan-Turkey Relations", StringComparison.Ordinal));
        Assert.DoesNotContain(byDocument, row => row.TextContent.Contains("002_f68ce36b87b3d29e", StringComparison.Ordinal));
        Assert.Equal(lines, page.QuerySelectorAll("#by-document td.number:nth-child(2)").Sum(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(page.QuerySelectorAll("#by-year tbody tr"), row => row.TextContent.StartsWith("2021", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_match_in_a_paired_abstract_shows_the_aligned_sentence_of_the_other_language()
    {
        var page = await Page("q=Avrasya%20doc%3A000_91073a8e0371b68b");

        var line = page.QuerySelectorAll("table.concordance tbody tr").First(r => r.GetAttribute("lang") == "tr");
        var aligned = line.NextElementSibling!;
        Assert.Equal("aligned", aligned.ClassName);
        Assert.Equal("en", aligned.GetAttribute("lang"));
        Assert.Contains("Eurasian", aligned.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_CSV_opens_with_the_right_columns_and_a_row_per_line()
    {
        var client = portal.CreateClient();
        var page = await Page("q=k%C3%B6pr%C3%BC&sort=left");

        var response = await client.GetAsync("/concordance.csv?q=k%C3%B6pr%C3%BC&sort=left");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = CsvReader.Read(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(ConcordanceCsv.Columns, rows[0]);
        Assert.Equal(["n", "left", "match", "right", "language", "title", "year", "section", "paragraph", "url", "aligned_language", "aligned_sentence"], rows[0]);
        var shown = page.QuerySelectorAll("table.concordance tbody tr:not(.aligned)");
        Assert.Equal(shown.Length, rows.Count - 1);
        Assert.All(rows.Skip(1), row => Assert.Equal(12, row.Length));
        Assert.Equal(shown.Select(r => r.QuerySelector("td.node")!.TextContent), rows.Skip(1).Select(r => r[2]));
        Assert.All(rows.Skip(1), row => Assert.StartsWith("http://localhost/documents/", row[9], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_query_that_does_not_read_is_named_not_exported()
    {
        var response = await portal.CreateClient().GetAsync("/concordance.csv?q=year%3Aabc%20k%C3%B6pr%C3%BC");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("year:abc", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
