using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CorpusPortal.Web.OpenData;

/// <summary>
/// What the OpenAPI document says of a query parameter the API reads itself (as text, to answer bad values as
/// problems): its description, and its type, range and default or its allowed values.
/// </summary>
public static class ApiDocs
{
    public static RouteHandlerBuilder Parameter(this RouteHandlerBuilder endpoint, string name, string description,
        (int Min, int Max, int? Default)? integer = null, IReadOnlyList<string>? enumeration = null) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Parameters?.FirstOrDefault(p => p.Name == name) is OpenApiParameter parameter)
            {
                parameter.Description = description;
                if (integer is { } range)
                {
                    parameter.Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Integer,
                        Format = "int32",
                        Minimum = range.Min.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Maximum = range.Max.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Default = range.Default is { } value ? JsonValue.Create(value) : null,
                    };
                }
                else if (enumeration is not null)
                {
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. enumeration.Select(v => (JsonNode)JsonValue.Create(v))] };
                }
            }
            return Task.CompletedTask;
        });

    /// <summary>Says that the endpoint's answer is also given as a CSV file (with <c>format=csv</c>).</summary>
    public static RouteHandlerBuilder CsvToo(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.GetValueOrDefault("200") is OpenApiResponse ok)
            {
                ok.Content ??= new Dictionary<string, OpenApiMediaType>();
                ok.Content["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "a CSV file (RFC 4180, UTF-8 with a byte order mark), its first row the column names" } };
            }
            return Task.CompletedTask;
        });
}
