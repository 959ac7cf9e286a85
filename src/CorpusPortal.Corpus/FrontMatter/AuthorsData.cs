using CorpusPortal.Model.Bibliography;

namespace CorpusPortal.Corpus.FrontMatter;

/// <summary>The <c>authors</c> list of the front matter, between its YAML nodes and <see cref="Author"/>s.</summary>
internal static class AuthorsData
{
    public static readonly string[] Keys = ["family", "given", "affiliation", "orcid"];

    /// <summary>An author as the writer writes it: a mapping of the fields it has, in a fixed order.</summary>
    public static object From(Author author)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["family"] = author.Family };
        if (author.Given is not null)
        {
            fields["given"] = author.Given;
        }
        if (author.Affiliation is not null)
        {
            fields["affiliation"] = author.Affiliation;
        }
        if (author.Orcid is not null)
        {
            fields["orcid"] = author.Orcid;
        }
        return fields;
    }

    /// <summary>
    /// The author a node describes, or what is wrong with it (in words to follow "author N"). Names and
    /// affiliations are kept as written; an ORCID iD pasted as its address keeps only the iD.
    /// </summary>
    public static (Author? Author, string? Problem) Read(object? node)
    {
        if (node is string name)
        {
            return PublicationField.TextProblem(name, Model.Documents.MetadataLimits.MaxNameLength) is { } problem
                ? (null, FieldProblems.English(problem, Model.Documents.MetadataLimits.MaxNameLength))
                : (Author.FromName(name), null);
        }
        if (node is not IDictionary<object, object> mapping)
        {
            return (null, "is neither a name nor a mapping of family, given, affiliation and orcid");
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping)
        {
            if (key is not string k || !Keys.Contains(k, StringComparer.Ordinal))
            {
                return (null, $"has '{key}', which is not one of {string.Join(", ", Keys)}");
            }
            var max = k == "affiliation" ? Model.Documents.MetadataLimits.MaxTitleLength : Model.Documents.MetadataLimits.MaxNameLength;
            if (value is not string text)
            {
                return (null, $"{k} is not a single value");
            }
            if (PublicationField.TextProblem(text, max) is { } problem)
            {
                return (null, $"{k} {FieldProblems.English(problem, max)}");
            }
            fields[k] = k == "orcid" ? Identifiers.PlainOrcid(text) : text;
        }
        if (!fields.TryGetValue("family", out var family))
        {
            return (null, "has no family name (family)");
        }
        if (fields.TryGetValue("orcid", out var orcid) && !Identifiers.IsOrcid(orcid))
        {
            return (null, $"orcid '{orcid}' {FieldProblems.English(FieldProblem.NotAnOrcid, 0)}");
        }
        return (new Author(family, fields.GetValueOrDefault("given")) { Affiliation = fields.GetValueOrDefault("affiliation"), Orcid = orcid }, null);
    }
}
