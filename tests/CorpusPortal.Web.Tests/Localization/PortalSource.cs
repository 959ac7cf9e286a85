using System.Text.RegularExpressions;

namespace CorpusPortal.Web.Tests.Localization;

/// <summary>
/// The phrase keys the portal's source names: each string literal shaped like a key (<c>"Reading.View"</c>) whose
/// first part is one of the phrasebook's areas, wherever it stands (<c>Ui.T("…")</c>, a conditional, a problem).
/// </summary>
internal static partial class PortalSource
{
    public sealed record Use(string Key, string File)
    {
        public override string ToString() => $"{Key} in {File}";
    }

    public static List<Use> Named(IEnumerable<string> areas)
    {
        var known = areas.ToHashSet(StringComparer.Ordinal);
        var root = Path.Combine(PortalFactory.RepositoryRoot, "src", "CorpusPortal.Web");
        var separator = Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 50, $"only {files.Count} source files under {root}");
        var uses = new List<Use>();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(root, file);
            foreach (Match literal in KeyLiteral().Matches(File.ReadAllText(file)))
            {
                var key = literal.Groups["key"].Value;
                if (known.Contains(key[..key.IndexOf('.', StringComparison.Ordinal)]))
                {
                    uses.Add(new Use(key, name));
                }
            }
        }
        return uses;
    }

    /// <summary>A literal such as <c>"Reading.View"</c> or <c>"QueryNote.bad-year"</c>, not part of a longer string.</summary>
    [GeneratedRegex(@"(?<![\w$@])""(?<key>[A-Z][A-Za-z]*\.[A-Za-z][A-Za-z0-9.\-]*)""")]
    private static partial Regex KeyLiteral();
}
