namespace CorpusPortal.Model.Bibliography;

/// <summary>
/// One field of <see cref="Publication"/> by its name in the corpus format (<c>volume</c>, <c>published</c> …): how
/// to read it, set it from text and check that text. The front matter, editorial edits, the command line and the
/// editor's form all go through this one list.
/// </summary>
public sealed record PublicationField(string Name, Func<Publication, string?> Get, Func<Publication, string?, Publication> Set, int MaxLength, PublicationField.Shape Form)
{
    /// <summary>What the text of a field must look like.</summary>
    public enum Shape { Text, Date, Doi, WebAddress }

    public static readonly IReadOnlyList<PublicationField> All =
    [
        new("container", p => p.Container, (p, v) => p with { Container = v }, 500, Shape.Text),
        new("publisher", p => p.Publisher, (p, v) => p with { Publisher = v }, 500, Shape.Text),
        new("volume", p => p.Volume, (p, v) => p with { Volume = v }, 40, Shape.Text),
        new("issue", p => p.Issue, (p, v) => p with { Issue = v }, 40, Shape.Text),
        new("pages", p => p.Pages, (p, v) => p with { Pages = v }, 40, Shape.Text),
        new("doi", p => p.Doi, (p, v) => p with { Doi = v is null ? null : Identifiers.PlainDoi(v) }, 300, Shape.Doi),
        new("url", p => p.Url, (p, v) => p with { Url = v }, 2000, Shape.WebAddress),
        new("published", p => p.Published?.ToString(), (p, v) => p with { Published = PartialDate.Parse(v) }, 10, Shape.Date),
        new("received", p => p.Received?.ToString(), (p, v) => p with { Received = PartialDate.Parse(v) }, 10, Shape.Date),
        new("accepted", p => p.Accepted?.ToString(), (p, v) => p with { Accepted = PartialDate.Parse(v) }, 10, Shape.Date),
        new("licence", p => p.Licence, (p, v) => p with { Licence = v }, 200, Shape.Text),
    ];

    public static PublicationField? Named(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>What is wrong with <paramref name="text"/> as this field's value, or null when it can be kept.</summary>
    public FieldProblem? Problem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return FieldProblem.Empty;
        }
        if (text.Length > MaxLength)
        {
            return FieldProblem.TooLong;
        }
        if (text.Any(char.IsControl))
        {
            return FieldProblem.LineBreak;
        }
        return Form switch
        {
            Shape.Date when PartialDate.Parse(text) is null => FieldProblem.NotADate,
            Shape.Doi when !Identifiers.IsDoi(Identifiers.PlainDoi(text)) => FieldProblem.NotADoi,
            Shape.WebAddress when !Identifiers.IsWebAddress(text) => FieldProblem.NotAWebAddress,
            _ => null,
        };
    }

    /// <summary>The problem of a name or affiliation of an author, or null.</summary>
    public static FieldProblem? TextProblem(string? text, int maxLength) =>
        string.IsNullOrWhiteSpace(text) ? FieldProblem.Empty
        : text.Length > maxLength ? FieldProblem.TooLong
        : text.Any(char.IsControl) ? FieldProblem.LineBreak
        : null;
}
