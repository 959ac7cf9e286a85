using System.Text;

namespace CorpusPortal.Benchmarks.Fidelity;

/// <summary>
/// One paper of the fidelity set: what it tests (the lines before <c>=== layout</c>), how its PDF is laid out
/// (<c>columns: 2</c>, <c>running-head: …</c>, <c>note-numbers: plain</c>, <c>endnotes: Notlar</c>, <c>pdf: no</c>,
/// <c>html: yes</c>), the paper itself
/// (<see cref="Paper"/>'s markup) and the outline the importer must make of it, whichever format it comes in.
/// </summary>
public sealed record FidelityPaper(string Name, string Path, string Description, string Layout, string Markup, string Outline)
{
    private const string LayoutMarker = "=== layout";
    private const string PaperMarker = "=== paper";
    private const string OutlineMarker = "=== outline";

    public static FidelityPaper Load(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        var layout = text.IndexOf("\n" + LayoutMarker + "\n", StringComparison.Ordinal);
        var paper = text.IndexOf("\n" + PaperMarker + "\n", StringComparison.Ordinal);
        var outline = text.IndexOf("\n" + OutlineMarker + "\n", StringComparison.Ordinal);
        if (layout < 0 || paper < layout || outline < paper)
        {
            throw new InvalidDataException($"{path}: expected a description, then '{LayoutMarker}', '{PaperMarker}' and '{OutlineMarker}'");
        }
        return new FidelityPaper(
            System.IO.Path.GetFileNameWithoutExtension(path),
            path,
            text[..layout],
            text[(layout + LayoutMarker.Length + 2)..(paper + 1)],
            text[(paper + PaperMarker.Length + 2)..(outline + 1)],
            text[(outline + OutlineMarker.Length + 2)..]);
    }

    public static IReadOnlyList<FidelityPaper> All(string folder) =>
        Directory.EnumerateFiles(folder, "*.paper").Order(StringComparer.Ordinal).Select(Load).ToList();

    public Paper Paper => Paper.Parse(Markup);

    /// <summary>Whether the paper is also set as a PDF (a web page's article is not).</summary>
    public bool HasPdf => Setting("pdf") != "no";

    public PdfLayout PdfLayout => new()
    {
        TwoColumns = Setting("columns") == "2",
        RunningHead = Setting("running-head"),
        RaisedNoteNumbers = Setting("note-numbers") != "plain",
        EndnotesHeading = EndnotesHeading,
    };

    /// <summary>The heading the numbered notes are gathered under after the text (<c>endnotes: Notlar</c>), or null for footnotes.</summary>
    public string? EndnotesHeading => Setting("endnotes");

    /// <summary>Whether the paper is also brought as a saved web page (a news article).</summary>
    public bool HasHtml => Setting("html") == "yes";

    /// <summary>The same paper with another expected outline, as the file would hold it.</summary>
    public string WithOutline(string outline) => $"{Description}\n{LayoutMarker}\n{Layout}{PaperMarker}\n{Markup}{OutlineMarker}\n{outline}";

    private string? Setting(string key) =>
        Layout.Split('\n').Select(l => l.Split(':', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Trim() == key)?[1].Trim();

    public override string ToString() => Name;
}
