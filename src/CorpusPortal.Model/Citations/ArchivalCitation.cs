namespace CorpusPortal.Model.Citations;

/// <summary>
/// A document in an archive: <c>BCA. 30-18-1-2/669-133-4, 05.01.1991</c> is archive BCA, fonds 30-18-1-2,
/// unit 669-133-4 (box-file-item), dated 1991-01-05.
/// </summary>
public sealed record ArchivalCitation : Citation
{
    public required string Archive { get; init; }

    /// <summary>
    /// Fonds, collection or series, normalised: numeric codes hyphen-separated without spaces (<c>30-18-1-2</c>), others
    /// as the archive writes them (<c>HR.SYS</c>, <c>FO 371</c>); empty when the reference names none.
    /// </summary>
    public required string Fonds { get; init; }

    /// <summary>The unit inside the fonds, normalised; its parts joined with <c>/</c> (<c>669-133-4</c>, dosya/gömlek <c>2878/45</c>, opis/delo <c>3/45</c>).</summary>
    public required string Unit { get; init; }

    /// <summary>Folio or page within the unit, where the citation gives one (<c>6-7</c>).</summary>
    public string? Folio { get; init; }

    /// <summary>ISO date (yyyy-MM-dd) when the citation gives one.</summary>
    public string? Date { get; init; }

    /// <summary>The archive's reference in normal form, the same for every spelling: <c>BCA 30-18-1-2/669-133-4</c>, <c>BOA HR.SYS/2878/45</c>.</summary>
    public string Key => Fonds.Length > 0 ? $"{Archive} {Fonds}/{Unit}" : $"{Archive} {Unit}";
}
