using System.Xml.Linq;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using CorpusPortal.Web.Harvesting;
using CorpusPortal.Web.Tests.Hardening;
using Microsoft.AspNetCore.DataProtection;
using static CorpusPortal.Web.Tests.Harvesting.OaiProtocol;

namespace CorpusPortal.Web.Tests.Harvesting;

/// <summary>
/// Long lists, as a harvester pages through them with resumption tokens: every record exactly once, even when
/// documents are published and taken out between two pages; tokens that were changed, expired or belong to another
/// verb are refused.
/// </summary>
public sealed class OaiListTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly OaiIdentity Identity = new("https://corpus.example.org/oai", "https://corpus.example.org", "CorpusPortal", "editors@example.org", "corpus.example.org");

    private readonly ManualClock _clock = new(Start);
    private readonly ResumptionTokens _tokens;

    public OaiListTests() => _tokens = new ResumptionTokens(new EphemeralDataProtectionProvider(), _clock);

    private static Document Paper(int n) => new()
    {
        Metadata = new DocumentMetadata
        {
            Id = $"p{n:D5}_0000000000000000",
            Kind = n % 3 == 0 ? DocumentKind.NewsArticle : DocumentKind.JournalArticle,
            PrimaryLanguage = n % 2 == 0 ? "en" : "tr",
            SourceFile = $"p{n:D5}.txt",
            Titles = new Dictionary<string, string> { ["tr"] = $"Makale {n}" },
        },
        Sections =
        [
            new Section
            {
                Anchor = "abstract", Kind = SectionKind.Abstract, Language = n % 2 == 0 ? "en" : "tr",
                Blocks = [new Paragraph { Anchor = "p-1", Text = $"Özet {n}.", Source = SourceMap.Single(new SourcePosition(1, 1), 8) }],
            },
        ],
    };

    private static OaiItem Item(int n, DateTimeOffset? datestamp = null) =>
        Item(Paper(n), datestamp ?? Start.AddMinutes(-n));

    private static OaiItem Item(Document document, DateTimeOffset datestamp) => new(document.Id, datestamp, OaiSets.Of(document), document);

    private XElement Ask(OaiCatalog catalog, string query, int pageSize = OaiRepository.PageSize)
    {
        var arguments = query.Split('&').Select(pair => pair.Split('=', 2)).GroupBy(p => p[0])
            .Select(g => new KeyValuePair<string, IReadOnlyList<string>>(g.Key, g.Select(p => Uri.UnescapeDataString(p[1])).ToList()));
        var bytes = new OaiRepository(catalog, _tokens, Identity, _clock.GetUtcNow(), pageSize).Answer(arguments);
        return Check(System.Text.Encoding.UTF8.GetString(bytes));
    }

    private static string? Token(XElement root) => root.Descendants(Oai + "resumptionToken").SingleOrDefault()?.Value is { Length: > 0 } token ? token : null;

    private static IEnumerable<string> Ids(XElement root) => root.Descendants(Oai + "header").Select(h => h.Element(Oai + "identifier")!.Value.Split(':')[^1]);

    [Fact]
    public void ListRecords_over_ten_thousand_documents_pages_through_every_record_exactly_once()
    {
        var catalog = new OaiCatalog(Enumerable.Range(1, 10_000).Select(n => Item(n)));
        var seen = new List<string>();
        var pages = 0;

        var root = Ask(catalog, "verb=ListRecords&metadataPrefix=oai_dc");
        while (true)
        {
            pages++;
            var token = root.Descendants(Oai + "resumptionToken").Single();
            Assert.Equal("10000", token.Attribute("completeListSize")!.Value);
            Assert.Equal(seen.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), token.Attribute("cursor")!.Value);
            var page = Ids(root).ToList();
            Assert.Equal(page.Count, root.Descendants(OaiDc + "dc").Count());
            seen.AddRange(page);
            if (Token(root) is not { } next)
            {
                // The last page's token is empty and has no expiry.
                Assert.Null(token.Attribute("expirationDate"));
                break;
            }
            root = Ask(catalog, "verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(next));
        }

        Assert.Equal(100, pages);
        Assert.Equal(catalog.Items.Select(i => i.Id), seen);
    }

    [Fact]
    public void A_harvest_resumed_after_publishes_and_deletions_neither_skips_nor_repeats_the_records_there_all_along()
    {
        var before = new OaiCatalog(Enumerable.Range(1, 250).Select(n => Item(n)));
        var first = Ask(before, "verb=ListIdentifiers&metadataPrefix=oai_dc");
        var seen = Ids(first).ToList();

        // Between two pages: a paper published before the cursor, one after it, one taken out after it.
        var after = new OaiCatalog(before.Items.Where(i => i.Id != Paper(200).Id)
            .Append(Item(Paper(0), Start)).Append(Item(Paper(300), Start))
            .Append(new OaiItem(Paper(200).Id, Start, ["kind:journal-article"], null)));
        for (var root = Ask(after, "verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(Token(first)!)); ; )
        {
            seen.AddRange(Ids(root));
            if (Token(root) is not { } next)
            {
                break;
            }
            root = Ask(after, "verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(next));
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Superset(before.Items.Select(i => i.Id).ToHashSet(), seen.ToHashSet());
        Assert.Contains(Paper(300).Id, seen);
    }

    [Fact]
    public void Selective_lists_page_within_their_set_and_dates()
    {
        var catalog = new OaiCatalog(Enumerable.Range(1, 1_000).Select(n => Item(n)));
        var expected = catalog.Items.Where(i => i.InSet("kind:news-article") && i.Datestamp >= Start.AddMinutes(-600)).Select(i => i.Id).ToList();
        var from = Uri.EscapeDataString(OaiDates.Format(Start.AddMinutes(-600)));

        var seen = new List<string>();
        for (var root = Ask(catalog, $"verb=ListIdentifiers&metadataPrefix=oai_dc&set=kind:news-article&from={from}", pageSize: 30); ; )
        {
            seen.AddRange(Ids(root));
            if (Token(root) is not { } next)
            {
                Assert.Equal(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), root.Descendants(Oai + "resumptionToken").Single().Attribute("completeListSize")!.Value);
                break;
            }
            root = Ask(catalog, "verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(next), pageSize: 30);
        }

        Assert.Equal(200, expected.Count);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public void A_token_that_was_changed_expired_or_continues_another_verb_is_refused()
    {
        var catalog = new OaiCatalog(Enumerable.Range(1, 250).Select(n => Item(n)));
        var token = Token(Ask(catalog, "verb=ListIdentifiers&metadataPrefix=oai_dc"))!;
        var changed = (token[5] == 'A' ? 'B' : 'A') is var c ? token[..5] + c + token[6..] : token;

        Assert.Equal(["badResumptionToken"], Errors(Ask(catalog, "verb=ListIdentifiers&resumptionToken=" + changed)));
        Assert.Equal(["badResumptionToken"], Errors(Ask(catalog, "verb=ListRecords&resumptionToken=" + token)));
        Assert.Empty(Errors(Ask(catalog, "verb=ListIdentifiers&resumptionToken=" + token)));
        _clock.Advance(ResumptionTokens.Lifetime + TimeSpan.FromSeconds(1));
        var expired = Ask(catalog, "verb=ListIdentifiers&resumptionToken=" + token);
        Assert.Equal(["badResumptionToken"], Errors(expired));
        Assert.Contains("expired", expired.Element(Oai + "error")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_from_another_portal_does_not_read_here()
    {
        var catalog = new OaiCatalog(Enumerable.Range(1, 250).Select(n => Item(n)));
        var elsewhere = new ResumptionTokens(new EphemeralDataProtectionProvider(), _clock);
        var (token, _) = elsewhere.Issue(new ListPosition("ListIdentifiers", "oai_dc", null, null, null, Paper(100).Id, 100, 250));

        Assert.Equal(["badResumptionToken"], Errors(Ask(catalog, "verb=ListIdentifiers&resumptionToken=" + token)));
    }
}
