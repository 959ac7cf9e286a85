using System.Text.Json.Nodes;

namespace CorpusPortal.Web.Citing;

/// <summary>JSON the citation formats write: a field only when its value is known.</summary>
internal static class JsonFields
{
    public static void AddKnown(this JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json[name] = value;
        }
    }
}
