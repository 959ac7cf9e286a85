namespace CorpusPortal.Web.Tests.Citing;

/// <summary>
/// Reads RIS records as reference managers do, written independently of the portal's writer: a line is
/// <c>XX  - value</c>; a record runs from TY to ER; a tag may repeat (AU, KW).
/// </summary>
internal static class RisReader
{
    public static List<ILookup<string, string>> Read(string text)
    {
        var records = new List<ILookup<string, string>>();
        List<(string Tag, string Value)>? record = null;
        foreach (var line in text.Split("\r\n"))
        {
            if (line.Length == 0)
            {
                continue;
            }
            if (line.Length < 6 || line[2..6] != "  - ")
            {
                throw new FormatException($"not a RIS line: '{line}'");
            }
            var (tag, value) = (line[..2], line[6..]);
            if (tag == "TY")
            {
                record = [];
            }
            record!.Add((tag, value));
            if (tag == "ER")
            {
                records.Add(record.ToLookup(f => f.Tag, f => f.Value, StringComparer.Ordinal));
                record = null;
            }
        }
        if (record is not null)
        {
            throw new FormatException("a record without ER");
        }
        return records;
    }
}
