namespace CorpusPortal.Analysis.Citations.Archival.Registry;

/// <summary>
/// One archive of the registry: the abbreviation its citations are filed under, the other spellings of it, its name
/// in Turkish and English, its country, and the shapes of its references (<see cref="ReferenceTemplate"/>).
/// </summary>
public sealed record ArchiveDefinition
{
    public required string Abbreviation { get; init; }

    /// <summary>Other abbreviations that cite the same archive (<c>BA</c> for <c>BOA</c>, <c>РГАСПИ</c> for <c>RGASPI</c>).</summary>
    public IReadOnlyList<string> Also { get; init; } = [];

    public required string TurkishName { get; init; }

    public required string EnglishName { get; init; }

    /// <summary>ISO 3166 country code: TR, AZ, RU, GB, US …</summary>
    public required string Country { get; init; }

    /// <summary>True when references are recognised without the archive's abbreviation before them (<c>FO 371/12345</c>).</summary>
    public bool Bare { get; init; }

    public required IReadOnlyList<string> References { get; init; }

    /// <summary>The line of the registry file the archive starts at (0 for the built-in registry).</summary>
    public int Line { get; init; }

    public IEnumerable<string> Abbreviations => [Abbreviation, .. Also];

    public string Name(string language) => language == "en" ? EnglishName : TurkishName;
}
