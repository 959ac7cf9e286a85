using System.Text.RegularExpressions;

namespace CorpusPortal.Text;

/// <summary>
/// Document ids: lowercase ASCII letters, digits, '_' and '-', at most 80 characters, starting with a letter or
/// digit. They name files in the corpus, so nothing else (no path separators, no dots) is allowed.
/// </summary>
public static partial class DocumentIds
{
    public static bool IsValid(string id) => Valid().IsMatch(id);

    /// <summary>The id a file's name gives: its name when that is an id, else its name's anchor; null when it has no letter or digit.</summary>
    public static string? FromFileName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        if (IsValid(stem))
        {
            return stem;
        }
        var slug = Anchors.Slug(stem.Replace('_', '-'), 80);
        return slug.Length > 0 ? slug : null;
    }

    [GeneratedRegex(@"\A[a-z0-9][a-z0-9_-]{0,79}\z", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Valid();
}
