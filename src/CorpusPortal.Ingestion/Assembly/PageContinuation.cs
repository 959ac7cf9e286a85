using CorpusPortal.Ingestion.Layout;

namespace CorpusPortal.Ingestion.Assembly;

/// <summary>
/// Decides whether the first line of a new page goes on with the paragraph the previous page ended in:
/// yes when that paragraph ends in a hyphen or without a sentence end, when the new line starts in lower case,
/// or (in layouts where a trailing space means "the line goes on") when the last line ends in a space.
/// </summary>
internal static class PageContinuation
{
    public static bool Continues(SourceLine last, SourceLine first, LayoutProfile profile)
    {
        var end = last.Content[^1];
        var start = first.Content[0];
        if (end == '-' || char.IsLower(start))
        {
            return true;
        }
        if (RawBlockSplitter.IsBullet(first.Content) || !EndsSentence(last.Content))
        {
            return !RawBlockSplitter.IsBullet(first.Content);
        }
        return profile.TrailingSpaceContinues && last.HasTrailingSpace;
    }

    private static bool EndsSentence(string content)
    {
        var trimmed = content.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        if (trimmed.Length == 0)
        {
            return false;
        }
        return trimmed[^1] is '.' or '!' or '?' or ':' or ';' or '”' or '"' or ')';
    }
}
