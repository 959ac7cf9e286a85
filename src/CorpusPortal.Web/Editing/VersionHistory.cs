using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CorpusPortal.Corpus.Store;

namespace CorpusPortal.Web.Editing;

/// <summary>A kept version of a canonical file: its name (time and hash) and size.</summary>
public sealed record KeptVersion(string Name, DateTimeOffset Saved, long Bytes);

/// <summary>
/// Every version a save replaces, kept in <c>data/history/{id}/</c> (written atomically), to be viewed, compared and
/// restored. Version names are <c>yyyyMMddTHHmmssfffZ-hash</c>; nothing else is read from that folder.
/// </summary>
public sealed partial class VersionHistory(string dataFolder)
{
    private readonly string _root = Path.Combine(Path.GetFullPath(dataFolder), "history");

    public static string HashOf(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes))[..16].ToLowerInvariant();

    public string Keep(string id, byte[] bytes, DateTimeOffset now)
    {
        var name = $"{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{HashOf(bytes)}";
        CorpusFolder.WriteAtomically(Path.Combine(_root, id, name + ".md"), bytes);
        return name;
    }

    public IReadOnlyList<KeptVersion> List(string id)
    {
        var folder = Path.Combine(_root, id);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md")
                .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Info: new FileInfo(f)))
                .Where(v => ValidName().IsMatch(v.Name))
                .Select(v => new KeptVersion(v.Name, DateTimeOffset.ParseExact(v.Name[..19], "yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), v.Info.Length))
                .OrderByDescending(v => v.Name, StringComparer.Ordinal)
                .ToList()
            : [];
    }

    /// <summary>A kept version's text, or null for a name that is not one (no path tricks reach the disk).</summary>
    public string? Read(string id, string name) =>
        ValidName().IsMatch(name) && File.Exists(Path.Combine(_root, id, name + ".md")) ? File.ReadAllText(Path.Combine(_root, id, name + ".md")) : null;

    [GeneratedRegex("^[0-9]{8}T[0-9]{9}Z-[0-9a-f]{16}$", RegexOptions.None, CorpusPortal.Model.Text.RegexBudget.Milliseconds)]
    private static partial Regex ValidName();
}
