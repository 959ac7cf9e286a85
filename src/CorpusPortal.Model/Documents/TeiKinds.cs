namespace CorpusPortal.Model.Documents;

/// <summary>
/// A section's kind as a TEI <c>div</c>'s type (<c>abstract</c>, <c>extended-abstract</c>, <c>section</c>), and back;
/// a div whose type names an abstract any other way is read as one.
/// </summary>
public static class TeiKinds
{
    public static string DivType(SectionKind kind) => kind switch
    {
        SectionKind.Abstract => "abstract",
        SectionKind.ExtendedAbstract => "extended-abstract",
        _ => "section",
    };

    public static SectionKind Section(string? divType) => divType switch
    {
        "extended-abstract" => SectionKind.ExtendedAbstract,
        not null when divType.Contains("abstract", StringComparison.OrdinalIgnoreCase) => SectionKind.Abstract,
        _ => SectionKind.Body,
    };
}
