namespace CorpusPortal.Ingestion.Headings;

/// <summary>A heading as printed: kind, language it introduces (for abstract labels), number and title.</summary>
internal sealed record Heading(HeadingKind Kind, string? Language, string? Number, string Title)
{
    /// <summary>Nesting depth: "2" is 1, "2.1" is 2.</summary>
    public int Level => Number is null ? 1 : Number.Count(c => c == '.') + 1;
}
