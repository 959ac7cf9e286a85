namespace CorpusPortal.Ingestion.Sources;

/// <summary>The kinds of file a paper arrives as.</summary>
public enum SourceFormat
{
    Text,
    Html,
    Pdf,
    Docx,

    /// <summary>A TEI P5 XML file (the portal's own export, or TEI from an edition).</summary>
    Tei,
}

/// <summary>Tells a file's format from its first bytes (a name's extension can lie: a page saved as .txt is HTML).</summary>
public static class SourceFormats
{
    public static SourceFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return SourceFormat.Pdf;
        }
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return SourceFormat.Docx;
        }
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }
        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0)
        {
            return SourceFormat.Text;
        }
        head = head[start..];
        if (StartsWithIgnoringCase(head, "<?xml") || head.StartsWith("<TEI"u8))
        {
            if (Tei.TeiSource.Looks(head))
            {
                return SourceFormat.Tei;
            }
            if (head.IndexOf("<html"u8) >= 0)
            {
                return SourceFormat.Html;
            }
        }
        return StartsWithIgnoringCase(head, "<!doctype html") || StartsWithIgnoringCase(head, "<html") || StartsWithIgnoringCase(head, "<head")
            || (StartsWithIgnoringCase(head, "<!--") && head.IndexOf("<html"u8) >= 0)
            ? SourceFormat.Html
            : SourceFormat.Text;
    }

    private static bool StartsWithIgnoringCase(ReadOnlySpan<byte> bytes, string ascii)
    {
        if (bytes.Length < ascii.Length)
        {
            return false;
        }
        for (var i = 0; i < ascii.Length; i++)
        {
            var b = bytes[i];
            if ((b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b) != ascii[i])
            {
                return false;
            }
        }
        return true;
    }
}
