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
        Valid(id);
        var name = $"{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{HashOf(bytes)}";
        CorpusFolder.WriteAtomically(Path.Combine(_root, id, name + ".md"), bytes);
        return name;
    }

    /// <summary>The ids of every document with kept versions (published now or not).</summary>
    public IReadOnlyList<string> Ids() => Directory.Exists(_root)
        ? Directory.EnumerateDirectories(_root).Select(Path.GetFileName).OfType<string>().Where(CorpusPortal.Text.DocumentIds.IsValid).Order(StringComparer.Ordinal).ToList()
        : [];

    public IReadOnlyList<KeptVersion> List(string id)
    {
        if (!CorpusPortal.Text.DocumentIds.IsValid(id))
        {
            return [];
        }
        var folder = Path.Combine(_root, id);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md")
                .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Info: new FileInfo(f)))
                .Where(v => ValidName().IsMatch(v.Name))
                .Select(v => (v.Name, v.Info, Saved: SavedAt(v.Name)))
                .Where(v => v.Saved is not null)
                .Select(v => new KeptVersion(v.Name, v.Saved!.Value, v.Info.Length))
                .OrderByDescending(v => v.Name, StringComparer.Ordinal)
                .ToList()
            : [];
    }

    /// <summary>The text of the newest kept version of <paramref name="id"/>, or null when none is kept.</summary>
    public string? Latest(string id) => List(id) is [var newest, ..] ? Read(id, newest.Name) : null;

    /// <summary>A kept version's text, or null for a name that is not one (no path tricks reach the disk).</summary>
    public string? Read(string id, string name) =>
        CorpusPortal.Text.DocumentIds.IsValid(id) && ValidName().IsMatch(name) && SavedAt(name) is not null && File.Exists(Path.Combine(_root, id, name + ".md")) ? File.ReadAllText(Path.Combine(_root, id, name + ".md")) : null;

    /// <summary>The time in a version's name; null for an impossible one (month 13, say).</summary>
    private static DateTimeOffset? SavedAt(string name) =>
        DateTimeOffset.TryParseExact(name[..19], "yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var saved) ? saved : null;

    private static void Valid(string id)
    {
        if (!CorpusPortal.Text.DocumentIds.IsValid(id))
        {
            throw new ArgumentException($"'{id}' is not a document id", nameof(id));
        }
    }

    [GeneratedRegex(@"\A[0-9]{8}T[0-9]{9}Z-[0-9a-f]{16}\z", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex ValidName();
}
