using System.Text.Json;
using System.Text.Json.Nodes;

namespace CorpusPortal.Web.Tests.OpenData;

/// <summary>
/// An answer checked against the schema the OpenAPI document gives for it, both ways: every property the answer has
/// is described (with a JSON type the schema allows), and every property the schema requires is there.
/// </summary>
internal sealed class OpenApiSchema(JsonObject document)
{
    public JsonObject Document { get; } = document;

    /// <summary>The schema of a path's GET answer with <paramref name="status"/>.</summary>
    public JsonObject ResponseSchema(string path, string status = "200", string mediaType = "application/json") =>
        Document["paths"]![path]!["get"]!["responses"]![status]!["content"]![mediaType]!["schema"]!.AsObject();

    public void Check(JsonNode? value, JsonObject schema, string at = "$")
    {
        schema = Resolve(schema);
        var types = Types(schema);
        if (value is null)
        {
            Assert.True(types.Contains("null") || types.Count == 0, $"{at} is null, which its schema does not allow");
            return;
        }
        switch (value.GetValueKind())
        {
            case JsonValueKind.Object:
                Assert.True(types.Contains("object") || types.Count == 0, $"{at} is an object, its schema says {string.Join("|", types)}");
                var obj = value.AsObject();
                if (schema["properties"] is JsonObject properties)
                {
                    foreach (var (name, child) in obj)
                    {
                        Assert.True(properties.ContainsKey(name), $"{at}.{name} is not described");
                        Check(child, properties[name]!.AsObject(), $"{at}.{name}");
                    }
                    foreach (var required in schema["required"]?.AsArray().Select(r => (string)r!) ?? [])
                    {
                        Assert.True(obj.ContainsKey(required), $"{at}.{required} is described as always there, but is missing");
                    }
                }
                else if (schema["additionalProperties"] is JsonObject each)
                {
                    foreach (var (name, child) in obj)
                    {
                        Check(child, each, $"{at}[{name}]");
                    }
                }
                break;
            case JsonValueKind.Array:
                Assert.True(types.Contains("array"), $"{at} is an array, its schema says {string.Join("|", types)}");
                var index = 0;
                foreach (var item in value.AsArray())
                {
                    Check(item, schema["items"]!.AsObject(), $"{at}[{index++}]");
                }
                break;
            case JsonValueKind.String:
                Assert.True(types.Contains("string"), $"{at} is a string, its schema says {string.Join("|", types)}");
                break;
            case JsonValueKind.Number:
                Assert.True(types.Contains("number") || (types.Contains("integer") && value.GetValue<double>() % 1 == 0), $"{at} is a number, its schema says {string.Join("|", types)}");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.True(types.Contains("boolean"), $"{at} is a boolean, its schema says {string.Join("|", types)}");
                break;
        }
    }

    private JsonObject Resolve(JsonObject schema) =>
        schema["$ref"] is JsonValue reference
            ? Resolve(Document["components"]!["schemas"]![((string)reference!)["#/components/schemas/".Length..]]!.AsObject())
            : schema;

    private static HashSet<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => (string)t!)],
        JsonValue one => [(string)one!],
        _ => [],
    };
}
