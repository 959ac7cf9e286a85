namespace CorpusPortal.Search.Index;

/// <summary>Where a passage sits in its document: the <c>section:</c> filter of the query language.</summary>
public static class PassageKind
{
    public const string Abstract = "abstract";
    public const string Body = "body";
    public const string Footnote = "footnote";
    public const string Table = "table";

    public static readonly string[] All = [Abstract, Body, Footnote, Table];
}
