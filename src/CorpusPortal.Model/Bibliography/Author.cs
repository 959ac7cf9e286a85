namespace CorpusPortal.Model.Bibliography;

/// <summary>
/// An author as a citation needs one: the family name apart from the given names (APA writes "Deneme, A.", BibTeX
/// "Deneme, Ayşe"), with the affiliation and ORCID iD the paper prints. An author without given names is written by
/// the family name alone (an institution, or a name printed that way).
/// </summary>
public sealed record Author(string Family, string? Given = null)
{
    public string? Affiliation { get; init; }

    /// <summary>The ORCID iD, as <c>0000-0002-1825-0097</c> (see <see cref="Identifiers.IsOrcid"/>).</summary>
    public string? Orcid { get; init; }

    /// <summary>The name as a reader reads it: given names first.</summary>
    public string Name => Given is null ? Family : Given + " " + Family;

    /// <summary>The name as a list sorts it: "Deneme, Ayşe".</summary>
    public string Inverted => Given is null ? Family : Family + ", " + Given;

    /// <summary>
    /// An author from a name written in one piece: the last word is the family name ("Ayşe Deneme", "Ali Fuat
    /// Cebesoy"), unless a comma says where it ends ("Deneme, Ayşe"); one word is a family name alone.
    /// </summary>
    public static Author FromName(string name)
    {
        var trimmed = name.Trim();
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && trimmed[(comma + 1)..].Trim().Length > 0)
        {
            return new Author(trimmed[..comma].Trim(), trimmed[(comma + 1)..].Trim());
        }
        var space = trimmed.LastIndexOf(' ');
        return space < 0 ? new Author(trimmed) : new Author(trimmed[(space + 1)..], trimmed[..space].TrimEnd());
    }
}
