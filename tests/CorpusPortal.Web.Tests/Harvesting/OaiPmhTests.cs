using System.Net;
using System.Xml.Linq;
using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Editing;
using Microsoft.Extensions.DependencyInjection;
using static CorpusPortal.Web.Tests.Harvesting.OaiProtocol;

namespace CorpusPortal.Web.Tests.Harvesting;

/// <summary>
/// The portal as an OAI-PMH 2.0 repository at <c>/oai</c>, as a harvester (BASE, OpenAIRE) meets it: every verb over
/// the seed corpus, every error condition, deleted records, and selective harvesting by set and date.
/// </summary>
public sealed class OaiPmhTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Thesis = "000_91073a8e0371b68b";
    private const string Article = "001_4fca9fe008e145b8";
    private const string News = "003_94344ba106347a29";

    private static IReadOnlyList<Document> Seeds =>
        new CorpusPortal.Corpus.Store.CorpusFolder(Path.Combine(PortalFactory.RepositoryRoot, "corpus")).ReadAll().ToList();

    private static async Task<XElement> Harvest(HttpClient client, string query)
    {
        var response = await client.GetAsync("/oai?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return Check(await response.Content.ReadAsStringAsync());
    }

    private Task<XElement> Harvest(string query) => Harvest(portal.CreateClient(), query);

    private static string Identifier(XElement root, string id) =>
        $"oai:{new Uri(root.Element(Oai + "request")!.Value).Host}:{id}";

    [Fact]
    public async Task Identify_describes_the_repository_its_earliest_datestamp_and_that_deletions_are_kept()
    {
        var root = await Harvest("verb=Identify");
        var identify = root.Element(Oai + "Identify")!;

        Assert.EndsWith("/oai", identify.Element(Oai + "baseURL")!.Value, StringComparison.Ordinal);
        Assert.Equal("persistent", identify.Element(Oai + "deletedRecord")!.Value);
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", identify.Element(Oai + "granularity")!.Value);
        var all = await Harvest("verb=ListIdentifiers&metadataPrefix=oai_dc");
        var datestamps = all.Descendants(Oai + "datestamp").Select(d => d.Value).ToList();
        Assert.Equal(datestamps.Min(StringComparer.Ordinal), identify.Element(Oai + "earliestDatestamp")!.Value);
    }

    [Fact]
    public async Task Records_are_simple_Dublin_Core_with_titles_and_abstracts_in_each_language()
    {
        var root = await Harvest($"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:{Article}");
        var dc = root.Descendants(OaiDc + "dc").Single();
        var article = Seeds.Single(d => d.Id == Article);

        string[] Values(string element, string? language = null) =>
            dc.Elements(Dc + element).Where(e => language is null || (string?)e.Attribute(Xml + "lang") == language).Select(e => e.Value).ToArray();
        Assert.Equal(article.Metadata.Titles["en"], Assert.Single(Values("title", "en")));
        Assert.Equal(article.Abstracts.Single(s => s.Language == "tr" && s.Kind == SectionKind.Abstract).Blocks.OfType<Paragraph>().Single().Text, Assert.Single(Values("description", "tr")));
        Assert.Single(Values("description", "en"));
        Assert.Equal(["Türkiye", "Azerbaycan", "Sovyet Rusya", "Kafkasya"], Values("subject", "tr"));
        Assert.Equal(["tr", "en"], Values("language"));
        Assert.Equal(["Text", "info:eu-repo/semantics/article"], Values("type"));
        var address = new Uri(Assert.Single(Values("identifier")));
        Assert.Equal($"/documents/{Article}", address.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync(address.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task ListRecords_gives_every_document_once_with_its_sets_and_POST_answers_as_GET_does()
    {
        var client = portal.CreateClient();
        var byGet = await Harvest(client, "verb=ListRecords&metadataPrefix=oai_dc");
        var response = await client.PostAsync("/oai", new FormUrlEncodedContent(new Dictionary<string, string> { ["verb"] = "ListRecords", ["metadataPrefix"] = "oai_dc" }));
        var byPost = Check(await response.Content.ReadAsStringAsync());

        var headers = byGet.Descendants(Oai + "header").ToList();
        Assert.Equal(Seeds.Select(d => Identifier(byGet, d.Id)), headers.Select(h => h.Element(Oai + "identifier")!.Value));
        Assert.Null(byGet.Descendants(Oai + "resumptionToken").SingleOrDefault());
        var news = headers.Single(h => h.Element(Oai + "identifier")!.Value.EndsWith(News, StringComparison.Ordinal));
        Assert.Equal(["kind:news-article", "language:en"], news.Elements(Oai + "setSpec").Select(s => s.Value));
        Assert.Equal(byGet.Element(Oai + "ListRecords")!.ToString(), byPost.Element(Oai + "ListRecords")!.ToString());
    }

    [Fact]
    public async Task Each_listed_set_selects_exactly_its_documents()
    {
        var sets = (await Harvest("verb=ListSets")).Descendants(Oai + "set").ToList();
        var specs = sets.Select(s => s.Element(Oai + "setSpec")!.Value).ToList();

        Assert.Equal(["kind", "language", "kind:journal-article", "kind:news-article", "kind:thesis-abstract", "language:en", "language:tr"], specs);
        var turkish = sets.Single(s => s.Element(Oai + "setSpec")!.Value == "language:tr");
        Assert.Equal("Türkçe metin içeren belgeler", turkish.Descendants(Dc + "title").Single(t => (string?)t.Attribute(Xml + "lang") == "tr").Value);
        foreach (var spec in specs)
        {
            var listed = (await Harvest($"verb=ListIdentifiers&metadataPrefix=oai_dc&set={spec}")).Descendants(Oai + "identifier").Select(i => i.Value.Split(':')[^1]);
            var expected = Seeds.Where(d => spec switch
            {
                "kind" or "language" => true,
                _ when spec.StartsWith("kind:", StringComparison.Ordinal) => KindNames.Name(d.Metadata.Kind) == spec[5..],
                _ => d.Languages.Contains(spec[9..]),
            }).Select(d => d.Id);
            Assert.Equal(expected, listed);
        }
    }

    [Fact]
    public async Task ListMetadataFormats_offers_oai_dc_for_the_repository_and_for_one_of_its_items()
    {
        foreach (var query in new[] { "verb=ListMetadataFormats", $"verb=ListMetadataFormats&identifier=oai:localhost:{Thesis}" })
        {
            var format = (await Harvest(query)).Descendants(Oai + "metadataFormat").Single();
            Assert.Equal("oai_dc", format.Element(Oai + "metadataPrefix")!.Value);
            Assert.Equal("http://www.openarchives.org/OAI/2.0/oai_dc/", format.Element(Oai + "metadataNamespace")!.Value);
        }
    }

    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("verb=Harvest", "badVerb")]
    [InlineData("verb=Identify&verb=Identify", "badVerb")]
    [InlineData("verb=Identify&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-13-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&until=yesterday", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2021-01-01T00:00:00Z", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2021-01-01&until=2020-01-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&set=kind%3A", "badArgument")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument")]
    [InlineData("verb=GetRecord&identifier=oai:localhost:000_91073a8e0371b68b", "badArgument")]
    [InlineData("verb=ListIdentifiers&resumptionToken=abc", "badResumptionToken")]
    [InlineData("verb=ListSets&resumptionToken=abc", "badResumptionToken")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&metadataPrefix=tei&identifier=oai:localhost:000_91073a8e0371b68b", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:999_0000000000000000", "idDoesNotExist")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:example.org:000_91073a8e0371b68b", "idDoesNotExist")]
    [InlineData("verb=ListMetadataFormats&identifier=000_91073a8e0371b68b", "idDoesNotExist")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2100-01-01", "noRecordsMatch")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&set=kind:book", "noRecordsMatch")]
    public async Task Each_malformed_request_gets_its_protocol_error_with_HTTP_200(string query, string code)
    {
        var root = await Harvest(query);

        Assert.Equal([code], Errors(root));
        Assert.NotEmpty(root.Element(Oai + "error")!.Value);
    }

    [Fact]
    public async Task A_document_taken_out_of_the_portal_is_reported_as_deleted_when_it_was_taken_out()
    {
        await using var sandbox = new EditorSandbox();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        Assert.Null(sandbox.Factory.Services.GetRequiredService<Publisher>().Unpublish(News, null));
        var client = sandbox.Anonymous();

        var record = (await Harvest(client, $"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:{News}")).Descendants(Oai + "record").Single();

        var header = record.Element(Oai + "header")!;
        Assert.Equal("deleted", header.Attribute("status")?.Value);
        Assert.Null(record.Element(Oai + "metadata"));
        Assert.Equal(["kind:news-article", "language:en"], header.Elements(Oai + "setSpec").Select(s => s.Value));
        var since = before.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var changed = await Harvest(client, $"verb=ListIdentifiers&metadataPrefix=oai_dc&from={since}");
        Assert.Equal([$"oai:localhost:{News}"], changed.Descendants(Oai + "identifier").Select(i => i.Value));
        Assert.Equal(4, (await Harvest(client, "verb=ListIdentifiers&metadataPrefix=oai_dc")).Descendants(Oai + "header").Count());
    }

    [Fact]
    public async Task From_and_until_select_by_the_date_a_document_was_last_published_to_the_day_or_the_second()
    {
        await using var sandbox = new EditorSandbox();
        // Every file written on 2020-01-01; then a version of the thesis kept on 2025-05-04 at 10:00, when it was published again.
        foreach (var file in Directory.EnumerateFiles(sandbox.Corpus, "*.md"))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }
        sandbox.Factory.Services.GetRequiredService<VersionHistory>().Keep(Thesis, "---\n"u8.ToArray(), new DateTimeOffset(2025, 5, 4, 10, 0, 0, TimeSpan.Zero));
        var client = sandbox.Anonymous();

        async Task<string[]> Ids(string range) =>
            (await Harvest(client, "verb=ListIdentifiers&metadataPrefix=oai_dc" + range)).Descendants(Oai + "identifier").Select(i => i.Value.Split(':')[^1]).ToArray();

        Assert.Equal([Thesis], await Ids("&from=2025-05-04&until=2025-05-04"));
        Assert.Equal([Thesis], await Ids("&from=2025-05-04T10:00:00Z&until=2025-05-04T10:00:00Z"));
        Assert.Equal([Thesis], await Ids("&from=2025-01-01"));
        Assert.Equal(Seeds.Select(d => d.Id).Where(id => id != Thesis), await Ids("&until=2025-05-04T09:59:59Z"));
        Assert.Equal(Seeds.Select(d => d.Id).Where(id => id != Thesis), await Ids("&until=2020-01-01"));
    }
}
