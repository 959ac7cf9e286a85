using System.Net;
using System.Text.Json.Nodes;

namespace CorpusPortal.Web.Tests.OpenData;

/// <summary>Frequency lists, keywords and collocations over the API, as JSON and as CSV for a spreadsheet.</summary>
public sealed class StatisticsApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<JsonNode> Get(string path)
    {
        var response = await portal.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task A_frequency_list_narrows_to_a_language_and_counts_stems_when_asked()
    {
        var forms = await Get("/api/statistics/frequencies?language=tr&top=5000");
        var stems = await Get("/api/statistics/frequencies?language=tr&by=stem&top=5000");

        Assert.All(forms["rows"]!.AsArray(), r => Assert.Equal("tr", (string?)r!["language"]));
        Assert.Equal((long)forms["words"]!, (long)stems["words"]!);
        Assert.True(stems["rows"]!.AsArray().Count < forms["rows"]!.AsArray().Count);
        Assert.Equal((long)forms["words"]!, forms["rows"]!.AsArray().Sum(r => (long)r!["frequency"]!));
        Assert.Contains(stems["rows"]!.AsArray(), r => (string?)r!["text"] == "köprü");
    }

    [Fact]
    public async Task A_statistic_downloads_as_CSV_a_spreadsheet_reads()
    {
        var response = await portal.CreateClient().GetAsync("/api/statistics/frequencies?q=K%C3%B6pr%C3%BC&top=20&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("frequencies.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rank,word,language,frequency,per_10000,documents", lines[0]);
        Assert.Equal(21, lines.Length);
        Assert.StartsWith("1,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keywords_and_collocations_answer_for_a_document_and_a_word()
    {
        var keywords = await Get("/api/statistics/keywords?document=003_94344ba106347a29&language=en&top=10");
        var collocations = await Get("/api/statistics/collocations?word=K%C3%B6pr%C3%BC&by=stem&window=4&minFrequency=1");

        Assert.Equal("003_94344ba106347a29", (string?)keywords["document"]);
        Assert.NotEmpty(keywords["rows"]!.AsArray());
        Assert.All(keywords["rows"]!.AsArray(), r => Assert.True((double)r!["logLikelihood"]! > 0));
        Assert.Equal(4, (int)collocations["window"]!);
        Assert.True((long)collocations["nodeFrequency"]! > 0);
        Assert.Contains(collocations["rows"]!.AsArray(), r => (string?)r!["text"] == "hasret");
    }

    [Theory]
    [InlineData("/api/statistics/frequencies?by=lemma", "by", HttpStatusCode.BadRequest)]
    [InlineData("/api/statistics/frequencies?top=0", "top", HttpStatusCode.BadRequest)]
    [InlineData("/api/statistics/frequencies?format=xlsx", "format", HttpStatusCode.BadRequest)]
    [InlineData("/api/statistics/frequencies?q=lang%3Axx", "q", HttpStatusCode.BadRequest)]
    [InlineData("/api/statistics/frequencies?document=999_0000000000000000", null, HttpStatusCode.NotFound)]
    [InlineData("/api/statistics/keywords", "document", HttpStatusCode.BadRequest)]
    [InlineData("/api/statistics/keywords?document=999_0000000000000000", null, HttpStatusCode.NotFound)]
    [InlineData("/api/statistics/collocations", "word", HttpStatusCode.BadRequest)]
    [InlineData("/api/statistics/collocations?word=k%C3%B6pr%C3%BC&window=11", "window", HttpStatusCode.BadRequest)]
    [InlineData("/api/statistics/collocations?word=k%C3%B6pr%C3%BC&minFrequency=0", "minFrequency", HttpStatusCode.BadRequest)]
    public async Task A_bad_parameter_is_a_problem_that_names_it(string path, string? parameter, HttpStatusCode status)
    {
        var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parameter, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["parameter"]);
    }
}
