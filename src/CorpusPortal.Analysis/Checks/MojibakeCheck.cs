using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Analysis.Checks;

/// <summary>
/// Text decoded with the wrong encoding somewhere upstream: UTF-8 read as Latin-1 or Windows-1254
/// (<c>Ã¼</c> for ü, <c>Ä±</c> for ı, <c>â€™</c> for ’) or the replacement character.
/// </summary>
internal static class MojibakeCheck
{
    private static readonly string[] Signs = ["Ã¼", "Ã§", "Ã¶", "Ã–", "Ãœ", "Ä±", "Ä°", "ÄŸ", "Å", "Ã‡", "â€™", "â€œ", "â€", "Ã", "\uFFFD"];

    public static IEnumerable<ImportWarning> Check(Document document)
    {
        var texts = document.Paragraphs.Select(p => (p.Text, p.Source))
            .Concat(document.Footnotes.Select(f => (f.Text, f.Source)));
        foreach (var (text, source) in texts)
        {
            foreach (var sign in Signs)
            {
                var at = text.IndexOf(sign, StringComparison.Ordinal);
                if (at >= 0)
                {
                    yield return new ImportWarning("probable-mojibake", $"'{sign}' looks like text decoded with the wrong encoding", source.Locate(at).Line);
                    break;
                }
            }
        }
    }
}
