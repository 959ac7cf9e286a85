using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CorpusPortal.Web.Tests;

/// <summary>Thousands of random queries against /api/search: each gets results or a clear error, never a server error.</summary>
public sealed class RandomQueryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] Pieces =
    [
        "köprü", "Karabag", "Türkiye’nin", "\"", "(", ")", "OR", "AND", "NOT", "-", "*", ":", "lang:", "lang:tr", "lang:xx", "doc:", "section:",
        "year:1990..1995", "year:..", "30-18-1-2/669-133-4", "BCA", "NEAR(", "^", "{", "}", "+", "'", "’", "\\", "%", "&", "<script>", "İ", "ı", "ə",
        "\u0000", "\u200B", "🙂", " ", "  ", "ve", "the", "a", "zz", new string('x', 300),
    ];

    [Fact]
    public async Task Random_queries_never_cause_a_server_error()
    {
        var client = portal.CreateClient();
        var random = new Random(2026);
        for (var i = 0; i < 2000; i++)
        {
            var query = new StringBuilder();
            for (var n = random.Next(1, 9); n > 0; n--)
            {
                query.Append(random.Next(4) == 0 ? (char)random.Next(0x20, 0x2FF) : Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            }

            var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query.ToString()) + (random.Next(5) == 0 ? "&top=" + random.Next(-5, 2000) : ""));

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{response.StatusCode} for {query}");
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            // Hits, or a problem (RFC 9457) that says what is wrong: with the query, or with top out of its range.
            Assert.True(response.StatusCode == HttpStatusCode.OK ? json["total"] is not null : json["detail"] is not null && json["parameter"] is not null, query.ToString());
        }
    }
}
