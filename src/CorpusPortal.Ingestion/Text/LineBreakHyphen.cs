namespace CorpusPortal.Ingestion.Text;

/// <summary>What to do with a hyphen that ends a line.</summary>
internal enum LineBreakHyphen
{
    /// <summary>A typesetter's hyphen (<c>top-</c> + <c>raklarının</c>): drop it and join the halves.</summary>
    Remove,

    /// <summary>A real hyphen (<c>Türk-</c> + <c>Rus</c>, <c>30-18-1-</c> + <c>2</c>, URLs): keep it and join.</summary>
    Keep,

    /// <summary>A dash standing alone (<c>Hasanoğlu -</c> + <c>Asim</c>): keep it, with a space.</summary>
    Dash,
}

internal static class LineBreakHyphens
{
    /// <summary>
    /// Decides for <paramref name="lastToken"/> (the line's last token, ending in '-') followed by a line
    /// starting with <paramref name="nextToken"/>.
    /// </summary>
    public static LineBreakHyphen Decide(string lastToken, string nextToken, Vocabulary vocabulary)
    {
        if (lastToken.Length <= 1 || nextToken.Length == 0)
        {
            return LineBreakHyphen.Dash;
        }
        var fragment = lastToken[..^1];
        var lastHyphen = fragment.LastIndexOf('-');
        var piece = lastHyphen >= 0 ? fragment[(lastHyphen + 1)..] : fragment;
        var first = nextToken[0];
        if (piece.Length == 0 || char.IsDigit(piece[^1]) || char.IsDigit(first)
            || fragment.Contains("://", StringComparison.Ordinal) || fragment.Contains("www.", StringComparison.Ordinal)
            || fragment.Contains('/', StringComparison.Ordinal) || !char.IsLetter(piece[^1]))
        {
            return LineBreakHyphen.Keep;
        }
        var next = Vocabulary.Word(nextToken);
        var joined = Vocabulary.Word(piece) + LeadingWord(next);
        if (char.IsLower(first))
        {
            var hyphenated = Vocabulary.Word(piece) + "-" + LeadingWord(next);
            return vocabulary.Contains(hyphenated) && !vocabulary.Contains(joined) ? LineBreakHyphen.Keep : LineBreakHyphen.Remove;
        }
        return char.IsLetter(first) && vocabulary.Contains(joined) ? LineBreakHyphen.Remove : LineBreakHyphen.Keep;
    }

    private static string LeadingWord(string token)
    {
        var end = 0;
        while (end < token.Length && char.IsLetter(token[end]))
        {
            end++;
        }
        return token[..end];
    }
}
