using System.Text;

namespace CorpusPortal.Ingestion.Tests.Specs;

/// <summary>
/// One spec file: what it shows (the lines before <c>=== raw</c>), a raw snippet, and the outline the importer
/// must make of it (<see cref="CorpusPortal.Model.Documents.DocumentOutline"/>). The raw part is taken exactly,
/// trailing spaces and blank lines included.
/// </summary>
public sealed record ConstructSpec(string Name, string Path, string Description, string Raw, string Outline)
{
    public const string RawMarker = "=== raw";
    public const string OutlineMarker = "=== outline";

    public static ConstructSpec Load(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        var raw = text.IndexOf("\n" + RawMarker + "\n", StringComparison.Ordinal);
        var outline = text.IndexOf("\n" + OutlineMarker + "\n", StringComparison.Ordinal);
        if (raw < 0 || outline < raw)
        {
            throw new InvalidDataException($"{path}: expected a description, then '{RawMarker}', then '{OutlineMarker}'");
        }
        var rawStart = raw + RawMarker.Length + 2;
        return new ConstructSpec(
            System.IO.Path.GetFileNameWithoutExtension(path),
            path,
            text[..raw],
            text[rawStart..(outline + 1)],
            text[(outline + OutlineMarker.Length + 2)..]);
    }

    /// <summary>The same spec with another expected outline, as the file would hold it.</summary>
    public string WithOutline(string outline) => $"{Description}\n{RawMarker}\n{Raw}{OutlineMarker}\n{outline}";

    public override string ToString() => Name;
}
