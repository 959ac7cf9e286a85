using System.Text.RegularExpressions;

namespace CorpusPortal.Corpus.Store;

/// <summary>
/// The temporary files of saves that were cut off (the process killed between writing the temporary file and
/// renaming it): <c>.{name}.{guid}.tmp</c> in the corpus, <c>{name}.{guid}.tmp</c> in the data folder. A save that
/// finishes leaves none, so at start they are only litter, and are removed.
/// </summary>
public static partial class InterruptedSaves
{
    /// <summary>Deletes the temporary files of cut-off saves in <paramref name="folder"/> (not below it); returns their names.</summary>
    public static IReadOnlyList<string> Clean(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var removed = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.tmp"))
        {
            var name = Path.GetFileName(path);
            if (Leftover().IsMatch(name))
            {
                File.Delete(path);
                removed.Add(name);
            }
        }
        return removed;
    }

    [GeneratedRegex(@"^.+\.[0-9a-f]{32}\.tmp$", RegexOptions.None, CorpusPortal.Model.Text.RegexBudget.Milliseconds)]
    private static partial Regex Leftover();
}
