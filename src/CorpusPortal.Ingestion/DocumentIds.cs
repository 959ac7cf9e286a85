using System.Text.RegularExpressions;
using CorpusPortal.Model.Text;

namespace CorpusPortal.Ingestion;

/// <summary>
/// Document ids: lowercase ASCII letters, digits, '_' and '-', at most 80 characters, starting with a letter or
/// digit. They name files in the corpus, so nothing else (no path separators, no dots) is allowed.
/// </summary>
public static partial class DocumentIds
{
    public static bool IsValid(string id) => Valid().IsMatch(id);

    public static string FromFileName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        if (IsValid(stem))
        {
            return stem;
        }
        var slug = Anchors.Slug(stem.Replace('_', '-'), 80);
        return slug.Length > 0 ? slug : throw new ImportException($"cannot make a document id out of the file name '{Path.GetFileName(path)}'");
    }

    [GeneratedRegex(@"\A[a-z0-9][a-z0-9_-]{0,79}\z", RegexOptions.None, CorpusPortal.Model.Text.RegexBudget.Milliseconds)]
    private static partial Regex Valid();
}
