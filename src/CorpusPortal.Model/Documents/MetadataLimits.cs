namespace CorpusPortal.Model.Documents;

/// <summary>
/// How large a metadata value may be: what a paper really has, with room to spare. The importer keeps to them (a
/// longer "keywords" line is a paragraph, not keywords) and a canonical file beyond them is refused when read.
/// </summary>
public static class MetadataLimits
{
    public const int MaxTitleLength = 2000;
    public const int MaxAuthors = 500;
    public const int MaxNameLength = 300;
    public const int MaxKeywords = 200;
    public const int MaxNotes = 1000;
    public const int MaxAlignedPairs = 20_000;
    public const int FirstYear = 1000;
    public const int LastYear = 2100;
}
