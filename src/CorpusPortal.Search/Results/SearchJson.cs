using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CorpusPortal.Search.Results;

/// <summary>
/// The JSON of a search (the command line's <c>search --json</c> and the portal's <c>/api/search</c>): <c>query</c>,
/// <c>total</c>, <c>hits</c> (each <c>doc</c>, <c>title</c>, <c>authors</c>, <c>anchor</c>, <c>language</c>, <c>section</c>, <c>score</c>, <c>snippet</c>,
/// <c>text</c>, …) and <c>facets</c>; or <c>query</c> and <c>error</c>. The names are an interface: keep them.
/// </summary>
public static class SearchJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject From(SearchResult result)
    {
        if (result.Error is not null)
        {
            return new JsonObject
            {
                ["query"] = result.Query,
                ["error"] = result.Error,
                ["notices"] = Strings(result.Notices),
            };
        }
        return new JsonObject
        {
            ["query"] = result.Query,
            ["total"] = result.Total,
            ["skip"] = result.Skip,
            ["top"] = result.Top,
            ["hits"] = new JsonArray([.. result.Hits.Select(Hit)]),
            ["facets"] = new JsonObject
            {
                ["documents"] = Counts(result.Facets.Documents),
                ["languages"] = Counts(result.Facets.Languages),
                ["sections"] = Counts(result.Facets.Sections),
                ["years"] = Counts(result.Facets.Years),
            },
            ["notices"] = Strings(result.Notices),
        };
    }

    public static string Write(SearchResult result) => From(result).ToJsonString(Options);

    private static JsonNode Hit(SearchHit hit) => new JsonObject
    {
        ["doc"] = hit.Document,
        ["title"] = hit.Title,
        ["authors"] = Strings(hit.Authors),
        ["anchor"] = hit.Anchor,
        ["language"] = hit.Language,
        ["section"] = hit.Section,
        ["sectionAnchor"] = hit.SectionAnchor,
        ["sectionTitle"] = hit.SectionTitle,
        ["year"] = hit.Year,
        ["score"] = hit.Score,
        ["snippet"] = hit.Snippet,
        ["text"] = hit.Text,
        ["matches"] = new JsonArray([.. hit.Matches.Select(m => (JsonNode)new JsonObject { ["start"] = m.Start, ["length"] = m.Length })]),
        ["kwic"] = new JsonArray([.. hit.Kwic.Select(k => (JsonNode)new JsonObject { ["left"] = k.Left, ["match"] = k.Match, ["right"] = k.Right })]),
    };

    private static JsonObject Counts(IReadOnlyDictionary<string, int> counts) =>
        new(counts.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value)));

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
