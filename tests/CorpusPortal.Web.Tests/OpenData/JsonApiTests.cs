using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CorpusPortal.Corpus.Json;
using CorpusPortal.Corpus.Store;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CorpusPortal.Web.Tests.OpenData;

/// <summary>
/// The JSON API under <c>/api/</c> as a script or another site uses it: documents listed, filtered, paged and fetched
/// whole, archive units, cited authors and the glossary; bad parameters answered as problems (RFC 9457), never 500;
/// readable from any origin by GET only; and described, endpoint by endpoint and answer by answer, by its OpenAPI
/// document.
/// </summary>
public sealed class JsonApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static CorpusFolder Corpus => new(Path.Combine(PortalFactory.RepositoryRoot, "corpus"));

    private async Task<JsonNode> Get(string path)
    {
        var response = await portal.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static string[] Ids(JsonNode page) => [.. page["documents"]!.AsArray().Select(d => (string)d!["id"]!)];

    [Fact]
    public async Task The_library_is_listed_in_id_order_with_what_identifies_each_document_and_where_to_fetch_it()
    {
        var page = await Get("/api/documents");

        Assert.Equal(4, (int)page["total"]!);
        Assert.Equal(Corpus.Ids().Order(StringComparer.Ordinal), Ids(page));
        var karabakh = page["documents"]!.AsArray().Single(d => (string)d!["id"]! == "002_f68ce36b87b3d29e")!;
        Assert.Equal("An Important Crossroads in Azerbaijan-Turkey Relations: Second Karabakh War", (string?)karabakh["title"]!["en"]);
        Assert.Equal(2021, (int?)karabakh["year"]);
        foreach (var link in new[] { "page", "json", "tei" })
        {
            Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync(new Uri((string)karabakh["links"]![link]!).PathAndQuery)).StatusCode);
        }
    }

    [Theory]
    [InlineData("kind=news-article", new[] { "003_94344ba106347a29" })]
    [InlineData("kind=thesis-abstract&language=tr", new[] { "000_91073a8e0371b68b" })]
    [InlineData("language=en&kind=journal-article", new[] { "001_4fca9fe008e145b8", "002_f68ce36b87b3d29e" })]
    [InlineData("yearFrom=2021&yearTo=2021", new[] { "002_f68ce36b87b3d29e" })]
    [InlineData("pageSize=1&page=2", new[] { "001_4fca9fe008e145b8" })]
    [InlineData("pageSize=3&page=2", new[] { "003_94344ba106347a29" })]
    [InlineData("page=3&pageSize=2", new string[0])]
    public async Task Filters_combine_and_pages_cut_the_list(string query, string[] expected)
    {
        var page = await Get("/api/documents?" + query);

        Assert.Equal(expected, Ids(page));
    }

    [Fact]
    public async Task One_document_is_the_command_lines_export_and_revalidates_by_its_ETag()
    {
        var client = portal.CreateClient();
        var response = await client.GetAsync("/api/documents/002_f68ce36b87b3d29e");
        var expected = DocumentJson.Write(DocumentJson.Export(Corpus.Read("002_f68ce36b87b3d29e")));

        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.MaxAge > TimeSpan.Zero);
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/documents/002_f68ce36b87b3d29e");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Archive_units_works_and_glossary_are_the_portals_own_indexes()
    {
        var units = await Get("/api/archive");
        var tda = await Get("/api/archive?archive=TDA");
        var works = await Get("/api/works");
        var glossary = await Get("/api/glossary");

        Assert.Equal(units["items"]!.AsArray().Count, (int)units["total"]!);
        var bca = units["items"]!.AsArray().First(u => (string?)u!["key"] == "BCA 30-18-1-2/669-133-4")!;
        Assert.Contains("1991-01-05", bca["dates"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync(new Uri((string)bca["citations"]![0]!["page"]!).PathAndQuery)).StatusCode);
        Assert.All(tda["items"]!.AsArray(), u => Assert.Equal("TDA", (string?)u!["archive"]));
        Assert.Contains(works["items"]!.AsArray(), a => (string?)a!["name"] == "Kurban");
        Assert.True((int)glossary["total"]! >= 150);
        Assert.Contains(glossary["items"]!.AsArray(), e => e!["expressions"]!.AsArray().Any(x => (string?)x!["text"] == "Karabakh")
            && e["expressions"]!.AsArray().Any(x => (string?)x!["text"] == "Karabağ"));
    }

    [Theory]
    [InlineData("/api/documents?page=0", "page")]
    [InlineData("/api/documents?pageSize=101", "pageSize")]
    [InlineData("/api/documents?pageSize=abc", "pageSize")]
    [InlineData("/api/documents?kind=book", "kind")]
    [InlineData("/api/documents?language=de", "language")]
    [InlineData("/api/documents?yearFrom=1e9", "yearFrom")]
    [InlineData("/api/search?q=k%C3%B6pr%C3%BC&top=0", "top")]
    [InlineData("/api/search?q=k%C3%B6pr%C3%BC&top=101", "top")]
    [InlineData("/api/search?q=k%C3%B6pr%C3%BC&skip=-1", "skip")]
    [InlineData("/api/search?q=k%C3%B6pr%C3%BC&skip=99999999999", "skip")]
    [InlineData("/api/search?q=k%C3%B6pr%C3%BC&lang=de", "lang")]
    [InlineData("/api/search?q=lang%3Axx", "q")]
    public async Task A_parameter_out_of_range_is_a_problem_that_names_it(string path, string parameter)
    {
        var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Equal(parameter, (string?)problem["parameter"]);
        Assert.Contains(parameter == "q" ? "" : parameter, (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_does_not_exist_is_a_problem_too()
    {
        var response = await portal.CreateClient().GetAsync("/api/documents/999_0000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Any_site_may_read_the_open_interfaces_but_only_with_GET()
    {
        var client = portal.CreateClient();
        async Task<HttpResponseMessage> Preflight(string path, string method)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, path);
            request.Headers.Add("Origin", "https://research.example.org");
            request.Headers.Add("Access-Control-Request-Method", method);
            return await client.SendAsync(request);
        }
        var read = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        read.Headers.Add("Origin", "https://research.example.org");

        Assert.Equal("*", (await client.SendAsync(read)).Headers.GetValues("Access-Control-Allow-Origin").Single());
        foreach (var path in new[] { "/api/search?q=x", "/documents/000_91073a8e0371b68b/tei.xml", "/oai?verb=Identify", "/openapi/v1.json" })
        {
            var preflight = await Preflight(path, "GET");
            Assert.True(preflight.Headers.Contains("Access-Control-Allow-Origin"), path);
        }
        Assert.False((await Preflight("/api/documents", "POST")).Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(m => m.Contains("POST", StringComparison.Ordinal)));
        Assert.False((await Preflight("/editor/import", "POST")).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint_of_the_API_and_no_other()
    {
        var openApi = (await Get("/openapi/v1.json")).AsObject();
        var described = openApi["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(m => $"{m.Key.ToUpperInvariant()} {p.Key}")).ToHashSet();
        var mapped = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/", StringComparison.Ordinal) || raw is "/oai" || raw.EndsWith("/tei.xml", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Where(e => !e.StartsWith("POST /oai", StringComparison.Ordinal))
            .ToHashSet();

        Assert.Equal(mapped.Order(StringComparer.Ordinal), described.Order(StringComparer.Ordinal));
        foreach (var (path, operation) in openApi["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal)).Select(p => (p.Key, p.Value!["get"]!)))
        {
            Assert.False(string.IsNullOrEmpty((string?)operation["summary"]), path);
            Assert.NotNull(operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]);
            Assert.All(operation["parameters"]?.AsArray() ?? [], p => Assert.False(string.IsNullOrEmpty((string?)p!["description"]), $"{path} {p!["name"]}"));
        }
        var search = openApi["paths"]!["/api/search"]!["get"]!["parameters"]!.AsArray();
        Assert.Equal(["q", "top", "skip", "lang"], search.Select(p => (string)p!["name"]!));
        Assert.Equal("integer", (string?)search[1]!["schema"]!["type"]);
        Assert.Equal("100", search[1]!["schema"]!["maximum"]!.ToString());
    }

    [Theory]
    [InlineData("/api/documents", "/api/documents")]
    [InlineData("/api/documents/{id}", "/api/documents/001_4fca9fe008e145b8")]
    [InlineData("/api/documents/{id}", "/api/documents/002_f68ce36b87b3d29e")]
    [InlineData("/api/documents/{id}", "/api/documents/003_94344ba106347a29")]
    [InlineData("/api/search", "/api/search?q=k%C3%B6pr%C3%BC")]
    [InlineData("/api/search", "/api/search?q=Karabakh&lang=en")]
    [InlineData("/api/archive", "/api/archive")]
    [InlineData("/api/works", "/api/works")]
    [InlineData("/api/glossary", "/api/glossary")]
    [InlineData("/api/statistics/frequencies", "/api/statistics/frequencies?by=stem&q=Karabakh")]
    [InlineData("/api/statistics/keywords", "/api/statistics/keywords?document=002_f68ce36b87b3d29e")]
    [InlineData("/api/statistics/collocations", "/api/statistics/collocations?word=Azerbaycan")]
    public async Task Each_answer_is_what_the_OpenAPI_document_says_it_is(string path, string request)
    {
        var schema = new OpenApiSchema((await Get("/openapi/v1.json")).AsObject());

        var answer = await Get(request);

        schema.Check(answer, schema.ResponseSchema(path));
    }

    [Fact]
    public async Task A_problem_is_what_the_OpenAPI_document_says_it_is()
    {
        var schema = new OpenApiSchema((await Get("/openapi/v1.json")).AsObject());
        var response = await portal.CreateClient().GetAsync("/api/search?q=k%C3%B6pr%C3%BC&top=0");

        schema.Check(JsonNode.Parse(await response.Content.ReadAsStringAsync()), schema.ResponseSchema("/api/search", "400", "application/problem+json"));
    }
}
