namespace CorpusPortal.Model.Citations;

/// <summary>
/// A document in an archive: <c>BCA. 30-18-1-2/669-133-4, 05.01.1991</c> is archive BCA, fonds 30-18-1-2,
/// unit 669-133-4 (box-file-item), dated 1991-01-05.
/// </summary>
public sealed record ArchivalCitation : Citation
{
    public required string Archive { get; init; }

    /// <summary>Fonds or collection code, normalised (hyphen-separated, no spaces).</summary>
    public required string Fonds { get; init; }

    /// <summary>The unit inside the fonds (box-file-item, dosya-gömlek), normalised.</summary>
    public required string Unit { get; init; }

    /// <summary>ISO date (yyyy-MM-dd) when the citation gives one.</summary>
    public string? Date { get; init; }

    /// <summary>The archive's reference in normal form: <c>BCA 30-18-1-2/669-133-4</c>.</summary>
    public string Key => $"{Archive} {Fonds}/{Unit}";
}
