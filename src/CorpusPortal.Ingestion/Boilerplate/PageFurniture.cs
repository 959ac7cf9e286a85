using System.Text.RegularExpressions;
using CorpusPortal.Ingestion.Layout;

namespace CorpusPortal.Ingestion.Boilerplate;

/// <summary>
/// Running heads, page numbers and journal banners that a PDF extraction scatters between pages
/// (<c>328</c>, <c>TÜRK DÜNYASI ARAŞTIRMALARI</c>, <c>CİLT: 129 SAYI: 255</c>, letters of a vertical banner).
/// A block is furniture when each of its lines is: at most three characters, only digits and punctuation, or
/// an issue/volume/page line; and an all-capitals block next to furniture is furniture too.
/// </summary>
internal static partial class PageFurniture
{
    public static IReadOnlySet<int> Find(IReadOnlyList<RawBlock> blocks)
    {
        var furniture = new HashSet<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (Headings.HeadingRecognizer.Label(blocks[i].FirstContent) is null && blocks[i].Lines.All(l => IsFurnitureLine(l.Content)))
            {
                furniture.Add(i);
            }
        }
        bool grew;
        do
        {
            grew = false;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (!furniture.Contains(i) && Headings.HeadingRecognizer.Label(blocks[i].FirstContent) is null && (furniture.Contains(i - 1) || furniture.Contains(i + 1))
                    && blocks[i].Lines.Count <= 3 && blocks[i].Lines.All(l => !l.Content.Any(char.IsLower))
                    && blocks[i].Lines.Any(l => l.Content.Any(char.IsLetter)))
                {
                    grew = furniture.Add(i);
                }
            }
        }
        while (grew);
        return furniture;
    }

    /// <summary>A year standing alone in the furniture (<c>2021</c>), the likely year of publication.</summary>
    public static int? Year(IEnumerable<RawBlock> furniture)
    {
        foreach (var line in furniture.SelectMany(b => b.Lines))
        {
            if (YearLine().IsMatch(line.Content))
            {
                return int.Parse(line.Content, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    private static bool IsFurnitureLine(string content) =>
        content.Length <= 3 || DigitsAndPunctuation().IsMatch(content) || IssueLine().IsMatch(content);

    [GeneratedRegex(@"^[\d\s.,:;/\-–]+$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex DigitsAndPunctuation();

    // Label, value, separator, repeated: the value is atomic and a separator or the end must follow it, so there is one
    // way to split a line and a line that is not one fails at once (the old form backtracked exponentially).
    [GeneratedRegex(@"^(?:(?:CİLT|Cilt|SAYI|Sayı|SAYFA|Sayfa|VOL(?:UME)?|Vol(?:ume)?|ISSUE|Issue|ISSN|e-ISSN|DOI|PP|pp)\b[\s.:]*(?>[\w\-–]+)(?:[\s,]+|$))+$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex IssueLine();

    [GeneratedRegex(@"^(19|20)\d\d$", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex YearLine();
}
