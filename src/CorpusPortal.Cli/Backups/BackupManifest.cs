using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CorpusPortal.Cli.Backups;

/// <summary>
/// One file of a backup: its path inside the archive (<c>corpus/…</c>, <c>data/…</c>), its size, SHA-256 and
/// modification time (a canonical file's is when its document was last published; tar keeps whole seconds only).
/// </summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256, DateTime Modified)
{
    /// <summary>Whether <paramref name="other"/> has the same contents (its date aside).</summary>
    public bool SameContents(BackupFile other) => Path == other.Path && Bytes == other.Bytes && Sha256 == other.Sha256;
}

/// <summary>
/// <c>backup.json</c>, the first entry of a backup archive: what it holds, file by file, so that a restore can tell a
/// whole archive from a damaged one before anything is put in place.
/// </summary>
public sealed record BackupManifest(string Format, DateTimeOffset Created, int Documents, long? IndexGeneration, IReadOnlyList<BackupFile> Files)
{
    public const string EntryName = "backup.json";
    public const string CurrentFormat = "CorpusPortal backup 1";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>Reads a manifest; anything but this format's manifest is refused with <paramref name="archive"/>'s name.</summary>
    public static BackupManifest Read(Stream stream, string archive)
    {
        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new BackupException($"{archive}: {EntryName} does not read ({e.Message})");
        }
        if (manifest is null || manifest.Format != CurrentFormat || manifest.Files is null)
        {
            throw new BackupException($"{archive}: {EntryName} is not a manifest of this portal's backups (expected format '{CurrentFormat}')");
        }
        return manifest;
    }

    /// <summary>The entry of a file on disk, named <paramref name="path"/> in the archive.</summary>
    public static BackupFile Describe(string file, string path)
    {
        using var stream = File.OpenRead(file);
        return new BackupFile(path, stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)), File.GetLastWriteTimeUtc(file));
    }
}
