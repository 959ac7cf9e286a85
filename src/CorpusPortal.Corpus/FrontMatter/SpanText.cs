using System.Globalization;
using CorpusPortal.Model.Sources;

namespace CorpusPortal.Corpus.FrontMatter;

/// <summary>Reads the text form of a <see cref="SourceSpan"/>: <c>25:1-62</c> or <c>27:1-28:19</c>.</summary>
internal static class SpanText
{
    public static SourceSpan? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || Position(text[..dash]) is not { } start)
        {
            return null;
        }
        var end = text[(dash + 1)..];
        if (end.Contains(':', StringComparison.Ordinal))
        {
            return Position(end) is { } full ? new SourceSpan(start, full) : null;
        }
        return int.TryParse(end, NumberStyles.None, CultureInfo.InvariantCulture, out var column)
            ? new SourceSpan(start, start with { Column = column })
            : null;
    }

    private static SourcePosition? Position(string text)
    {
        var parts = text.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var column)
            ? new SourcePosition(line, column)
            : null;
    }
}
