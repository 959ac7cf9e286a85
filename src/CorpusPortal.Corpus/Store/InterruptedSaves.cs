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
            if (IsLeftover(name))
            {
                File.Delete(path);
                removed.Add(name);
            }
        }
        return removed;
    }

    /// <summary>Whether a file name is a cut-off save's temporary file (never part of the corpus or the data).</summary>
    public static bool IsLeftover(string name) => Leftover().IsMatch(name);

    [GeneratedRegex(@"^.+\.[0-9a-f]{32}\.tmp$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Leftover();
}
