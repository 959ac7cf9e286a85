using PdfSharp.Fonts;

namespace CorpusPortal.Benchmarks.Fidelity;

/// <summary>
/// The typeface test PDFs are set in: DejaVu Serif, which has every letter the papers use (Turkish, Azerbaijani
/// ə, Cyrillic, â î û, ʿ ʾ), upright, bold and italic. It is Debian's fonts-dejavu-core and fonts-dejavu-extra
/// (the italic), which tests/run installs when they are missing.
/// </summary>
public sealed class PaperFonts : IFontResolver
{
    public const string Family = "DejaVu Serif";

    private const string Folder = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lock Gate = new();

    /// <summary>Makes PDFsharp take its fonts from here (once for the process: PDFsharp keeps one resolver).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PaperFonts)
            {
                if (!File.Exists(Path.Combine(Folder, "DejaVuSerif.ttf")))
                {
                    throw new InvalidOperationException($"the test PDFs are set in DejaVu Serif, not found in {Folder}: install Debian's fonts-dejavu-core (tests/run does)");
                }
                GlobalFontSettings.FontResolver = new PaperFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSerif-Bold" : italic && File.Exists(Path.Combine(Folder, "DejaVuSerif-Italic.ttf")) ? "DejaVuSerif-Italic" : "DejaVuSerif");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(Folder, faceName + ".ttf"));
}
