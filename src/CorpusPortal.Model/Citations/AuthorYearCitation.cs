namespace CorpusPortal.Model.Citations;

/// <summary>An in-text citation such as <c>(Kurban ve Derman, 2015)</c>; several may share one parenthesis.</summary>
public sealed record AuthorYearCitation : Citation
{
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>The year as printed, with any letter suffix (2020a).</summary>
    public required string Year { get; init; }

    public string? Page { get; init; }
}
