using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CorpusPortal.Search.Results;

/// <summary>
/// The JSON of a search (the command line's <c>search --json</c> and the portal's <c>/api/search</c>): <c>query</c>,
/// <c>total</c>, <c>hits</c> (each <c>doc</c>, <c>title</c>, <c>authors</c>, <c>anchor</c>, <c>language</c>, <c>section</c>,
/// <c>score</c>, <c>snippet</c>, <c>text</c>, …) and <c>facets</c>; or <c>query</c> and <c>error</c>. The names are an
/// interface: keep them. Written straight to UTF-8, without building a document first (it is on every API request).
/// </summary>
public static class SearchJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SearchResult result) => Encoding.UTF8.GetString(Utf8(result));

    public static byte[] Utf8(SearchResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json, result);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter json, SearchResult result)
    {
        json.WriteStartObject();
        json.WriteString("query", result.Query);
        if (result.Error is not null)
        {
            json.WriteString("error", result.Error.Text);
            Strings(json, "notices", result.Notices.Select(n => n.Text));
            json.WriteEndObject();
            return;
        }
        json.WriteNumber("total", result.Total);
        json.WriteNumber("skip", result.Skip);
        json.WriteNumber("top", result.Top);
        json.WriteStartArray("hits");
        foreach (var hit in result.Hits)
        {
            Hit(json, hit);
        }
        json.WriteEndArray();
        json.WriteStartObject("facets");
        Counts(json, "documents", result.Facets.Documents);
        Counts(json, "languages", result.Facets.Languages);
        Counts(json, "sections", result.Facets.Sections);
        Counts(json, "years", result.Facets.Years);
        json.WriteEndObject();
        Strings(json, "notices", result.Notices.Select(n => n.Text));
        json.WriteEndObject();
    }

    private static void Hit(Utf8JsonWriter json, SearchHit hit)
    {
        json.WriteStartObject();
        json.WriteString("doc", hit.Document);
        json.WriteString("title", hit.Title);
        Strings(json, "authors", hit.Authors);
        json.WriteString("anchor", hit.Anchor);
        json.WriteString("language", hit.Language);
        json.WriteString("section", hit.Section);
        json.WriteString("sectionAnchor", hit.SectionAnchor);
        json.WriteString("sectionTitle", hit.SectionTitle);
        if (hit.Year is { } year)
        {
            json.WriteNumber("year", year);
        }
        else
        {
            json.WriteNull("year");
        }
        json.WriteNumber("score", hit.Score);
        json.WriteString("snippet", hit.Snippet);
        json.WriteString("text", hit.Text);
        json.WriteStartArray("matches");
        foreach (var (start, length) in hit.Matches)
        {
            json.WriteStartObject();
            json.WriteNumber("start", start);
            json.WriteNumber("length", length);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("kwic");
        foreach (var line in hit.Kwic)
        {
            json.WriteStartObject();
            json.WriteString("left", line.Left);
            json.WriteString("match", line.Match);
            json.WriteString("right", line.Right);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, int> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            json.WriteNumber(key, count);
        }
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
