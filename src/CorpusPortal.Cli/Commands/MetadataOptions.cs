using System.CommandLine;
using System.Globalization;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Cli.Commands;

/// <summary>
/// <c>--title LANG=TEXT</c>, <c>--author NAME</c> (repeatable), <c>--year N</c>, <c>--kind KIND</c>,
/// <c>--set FIELD=VALUE</c> (a publication field: container, volume, doi, published …): metadata an editor supplies,
/// shared by <c>import</c> and <c>metadata</c>. Every field given is recorded as editorial.
/// </summary>
internal sealed class MetadataOptions
{
    private static readonly string[] TitleLanguages = [Languages.Turkish, Languages.English, Languages.Azerbaijani];

    public Option<string[]> Title { get; } = new("--title")
    {
        Description = "A title in one language, as LANG=TEXT (tr, en or az); repeat for each language",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> Author { get; } = new("--author")
    {
        Description = "An author, as printed (\"Surname, Given\"); repeat for each author, in order",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<int?> Year { get; } = new("--year") { Description = "The year of publication" };

    public Option<string?> Kind { get; } = new("--kind") { Description = $"The kind of document: {string.Join(", ", KindNames.All)}" };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = $"A publication field, as FIELD=VALUE ({string.Join(", ", PublicationField.All.Select(f => f.Name))}); dates as YYYY, YYYY-MM or YYYY-MM-DD",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Title);
        command.Options.Add(Author);
        command.Options.Add(Year);
        command.Options.Add(Kind);
        command.Options.Add(Set);
    }

    /// <summary>The edit the options describe, or a message naming the option that is wrong.</summary>
    public (MetadataEdit? Edit, string? Problem) Read(ParseResult result)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in result.GetValue(Title) ?? [])
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            var language = equals > 0 ? value[..equals].Trim() : "";
            var text = equals > 0 ? value[(equals + 1)..].Trim() : "";
            if (!TitleLanguages.Contains(language, StringComparer.Ordinal) || text.Length == 0)
            {
                return (null, $"--title '{value}': expected LANG=TEXT with LANG one of {string.Join(", ", TitleLanguages)} and a title after '='");
            }
            titles[language] = text;
        }
        var authors = (result.GetValue(Author) ?? []).Select(a => a.Trim()).ToList();
        if (authors.Any(a => a.Length == 0))
        {
            return (null, "--author: an author name is empty");
        }
        var publication = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result.GetValue(Year) is { } year)
        {
            if (year is < MetadataLimits.FirstYear or > MetadataLimits.LastYear)
            {
                return (null, $"--year {year.ToString(CultureInfo.InvariantCulture)}: expected a year between {MetadataLimits.FirstYear} and {MetadataLimits.LastYear}");
            }
            publication["published"] = year.ToString(CultureInfo.InvariantCulture);
        }
        foreach (var value in result.GetValue(Set) ?? [])
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            var field = equals > 0 ? PublicationField.Named(value[..equals].Trim()) : null;
            if (field is null)
            {
                return (null, $"--set '{value}': expected FIELD=VALUE with FIELD one of {string.Join(", ", PublicationField.All.Select(f => f.Name))}");
            }
            var text = value[(equals + 1)..].Trim();
            if (field.Problem(text) is { } problem)
            {
                return (null, $"--set {field.Name}: '{text}' {FieldProblems.English(problem, field.MaxLength)}");
            }
            publication[field.Name] = text;
        }
        DocumentKind? kind = null;
        if (result.GetValue(Kind) is { } kindName)
        {
            kind = KindNames.Parse(kindName);
            if (kind is null)
            {
                return (null, $"--kind '{kindName}': expected one of {string.Join(", ", KindNames.All)}");
            }
        }
        return (new MetadataEdit { Titles = titles, Authors = authors.Count > 0 ? authors.Select(Model.Bibliography.Author.FromName).ToList() : null, Kind = kind, Publication = publication }, null);
    }
}
