using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CorpusPortal.Web.Tests.Harvesting;

/// <summary>
/// A response checked element by element against what OAI-PMH 2.0 defines: the envelope, each verb's answer, headers,
/// records, resumption tokens and errors, and <c>oai_dc</c> records. Each rule is an assertion that names it.
/// </summary>
internal static partial class OaiProtocol
{
    public static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xml = XNamespace.Xml;

    private static readonly string[] Verbs = ["Identify", "ListMetadataFormats", "ListSets", "ListIdentifiers", "ListRecords", "GetRecord"];
    private static readonly string[] Arguments = ["verb", "identifier", "metadataPrefix", "from", "until", "set", "resumptionToken"];
    private static readonly string[] ErrorCodes = ["badArgument", "badResumptionToken", "badVerb", "cannotDisseminateFormat", "idDoesNotExist", "noRecordsMatch", "noMetadataFormats", "noSetHierarchy"];
    private static readonly string[] DcElements = ["title", "creator", "subject", "description", "publisher", "contributor", "date", "type", "format", "identifier", "source", "language", "relation", "coverage", "rights"];

    /// <summary>Parses a response and checks it whole; returns its root.</summary>
    public static XElement Check(string text)
    {
        var root = XDocument.Parse(text).Root!;
        Assert.Equal(Oai + "OAI-PMH", root.Name);
        var children = root.Elements().ToList();
        Assert.True(children.Count >= 3, "OAI-PMH holds responseDate, request, then the answer or errors");
        Assert.Equal(Oai + "responseDate", children[0].Name);
        Assert.True(IsSecond(children[0].Value), $"responseDate '{children[0].Value}' is a UTC datestamp to the second");
        Assert.Equal(Oai + "request", children[1].Name);
        Assert.True(Uri.IsWellFormedUriString(children[1].Value, UriKind.Absolute), "request holds the base URL");
        Assert.All(children[1].Attributes(), a => Assert.Contains(a.Name.LocalName, Arguments));
        var rest = children.Skip(2).ToList();
        if (rest.All(e => e.Name == Oai + "error"))
        {
            Assert.All(rest, e => Assert.Contains(e.Attribute("code")!.Value, ErrorCodes));
            if (rest.Any(e => e.Attribute("code")!.Value is "badVerb" or "badArgument"))
            {
                Assert.Empty(children[1].Attributes());
            }
            return root;
        }
        var answer = Assert.Single(rest);
        Assert.Equal(Oai, answer.Name.Namespace);
        Assert.Contains(answer.Name.LocalName, Verbs);
        Assert.Equal(answer.Name.LocalName, children[1].Attribute("verb")?.Value);
        switch (answer.Name.LocalName)
        {
            case "Identify":
                CheckIdentify(answer);
                break;
            case "ListMetadataFormats":
                Assert.All(answer.Elements(), format => Sequence(format, "metadataPrefix", "schema", "metadataNamespace"));
                Assert.NotEmpty(answer.Elements());
                break;
            case "ListSets":
                CheckList(answer, "set", set =>
                {
                    Assert.Matches(SetSpec(), set.Element(Oai + "setSpec")!.Value);
                    Assert.NotEmpty(set.Element(Oai + "setName")!.Value);
                });
                break;
            case "ListIdentifiers":
                CheckList(answer, "header", CheckHeader);
                break;
            case "ListRecords":
                CheckList(answer, "record", CheckRecord);
                break;
            case "GetRecord":
                CheckRecord(Assert.Single(answer.Elements()));
                break;
        }
        return root;
    }

    /// <summary>The error codes of a response (empty when it answers).</summary>
    public static IReadOnlyList<string> Errors(XElement root) => root.Elements(Oai + "error").Select(e => e.Attribute("code")!.Value).ToList();

    private static void CheckIdentify(XElement identify)
    {
        var names = identify.Elements().Select(e => e.Name.LocalName).ToList();
        var required = new[] { "repositoryName", "baseURL", "protocolVersion", "adminEmail", "earliestDatestamp", "deletedRecord", "granularity" };
        Assert.Equal(required, names.Where(n => n is not ("compression" or "description")).Distinct().ToArray());
        Assert.Equal("2.0", identify.Element(Oai + "protocolVersion")!.Value);
        Assert.All(identify.Elements(Oai + "adminEmail"), e => Assert.Matches(@"\A[^@\s]+@[^@\s]+\z", e.Value));
        Assert.Contains(identify.Element(Oai + "deletedRecord")!.Value, new[] { "no", "persistent", "transient" });
        Assert.Contains(identify.Element(Oai + "granularity")!.Value, new[] { "YYYY-MM-DD", "YYYY-MM-DDThh:mm:ssZ" });
        Assert.True(IsSecond(identify.Element(Oai + "earliestDatestamp")!.Value));
    }

    private static void CheckList(XElement list, string item, Action<XElement> check)
    {
        var elements = list.Elements().ToList();
        var token = elements.LastOrDefault()?.Name == Oai + "resumptionToken" ? elements[^1] : null;
        var items = token is null ? elements : elements[..^1];
        Assert.All(items, e => Assert.Equal(Oai + item, e.Name));
        Assert.All(items, check);
        if (token is not null)
        {
            Assert.All(token.Attributes(), a => Assert.Contains(a.Name.LocalName, new[] { "expirationDate", "completeListSize", "cursor" }));
            if (token.Attribute("expirationDate") is { } expires)
            {
                Assert.True(IsSecond(expires.Value), "expirationDate is a UTC datestamp");
            }
            Assert.True(int.TryParse(token.Attribute("completeListSize")?.Value ?? "0", NumberStyles.None, CultureInfo.InvariantCulture, out _));
            Assert.True(int.TryParse(token.Attribute("cursor")?.Value ?? "0", NumberStyles.None, CultureInfo.InvariantCulture, out _));
        }
    }

    private static void CheckRecord(XElement record)
    {
        Assert.Equal(Oai + "record", record.Name);
        var header = record.Element(Oai + "header")!;
        Assert.Same(header, record.Elements().First());
        CheckHeader(header);
        var metadata = record.Element(Oai + "metadata");
        if (header.Attribute("status")?.Value == "deleted")
        {
            Assert.Null(metadata);
            return;
        }
        Assert.NotNull(metadata);
        var dc = Assert.Single(metadata!.Elements());
        Assert.Equal(OaiDc + "dc", dc.Name);
        Assert.All(dc.Elements(), e =>
        {
            Assert.Equal(Dc, e.Name.Namespace);
            Assert.Contains(e.Name.LocalName, DcElements);
        });
    }

    private static void CheckHeader(XElement header)
    {
        Assert.Equal(Oai + "header", header.Name);
        Assert.All(header.Attributes(), a => Assert.Equal(("status", "deleted"), (a.Name.LocalName, a.Value)));
        var names = header.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.Equal(["identifier", "datestamp"], names.Take(2));
        Assert.All(names.Skip(2), n => Assert.Equal("setSpec", n));
        Assert.True(Uri.IsWellFormedUriString(header.Element(Oai + "identifier")!.Value, UriKind.Absolute), "an identifier is a URI");
        Assert.True(IsSecond(header.Element(Oai + "datestamp")!.Value));
        Assert.All(header.Elements(Oai + "setSpec"), s => Assert.Matches(SetSpec(), s.Value));
    }

    private static void Sequence(XElement element, params string[] names) =>
        Assert.Equal(names, element.Elements().Select(e => e.Name.LocalName).ToArray());

    public static bool IsSecond(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out _);

    [GeneratedRegex(@"\A[A-Za-z0-9\-_\.!~\*'\(\)]+(:[A-Za-z0-9\-_\.!~\*'\(\)]+)*\z")]
    private static partial Regex SetSpec();
}
