using System.Globalization;
using System.Text.RegularExpressions;
using CorpusPortal.Ingestion.Layout;

namespace CorpusPortal.Ingestion.Footnotes;

/// <summary>
/// Finds footnote markers glued to the text (<c>yer almıştır.1</c>, <c>tir.21</c>, <c>şekildedir;41</c>) in
/// document order. A number counts as a marker only when it is the next one expected, so that dates
/// (<c>05.01.1991</c>), ranges and numbers that start a line are not taken for markers.
/// </summary>
internal sealed partial class FootnoteMarkerScanner
{
    private static readonly System.Buffers.SearchValues<char> RaisedStarts = System.Buffers.SearchValues.Create("[¹²³⁴⁵⁶⁷⁸⁹");

    private readonly Dictionary<int, IReadOnlyList<MarkerMatch>> _byLine = [];

    /// <summary>The number the next marker must carry.</summary>
    public int Expected { get; private set; } = 1;

    public int LastSeen => Expected - 1;

    /// <summary>Scans a body line (once, in document order) and remembers its markers.</summary>
    public IReadOnlyList<MarkerMatch> ScanLine(SourceLine line)
    {
        if (_byLine.TryGetValue(line.Number, out var known))
        {
            return known;
        }
        List<MarkerMatch>? found = null;
        var content = line.Content;
        // Superscripts and brackets are rare: their expression runs only on a line that holds one.
        IEnumerable<Match> candidates = content.AsSpan().IndexOfAny(RaisedStarts) < 0
            ? Candidate().Matches(content)
            : Candidate().Matches(content).Concat(Raised().Matches(content)).OrderBy(m => m.Index);
        foreach (var match in candidates)
        {
            var number = match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : Superscripts.Number(match.Groups["s"].Value);
            if (number != Expected || (match.Groups["n"].Success && !match.Value.Contains('[', StringComparison.Ordinal) && !PlausibleContext(content, match.Index, match.Length)))
            {
                continue;
            }
            (found ??= []).Add(new MarkerMatch(match.Index, match.Length, number));
            Expected++;
        }
        IReadOnlyList<MarkerMatch> result = found ?? [];
        _byLine[line.Number] = result;
        return result;
    }

    /// <summary>The markers earlier found on <paramref name="line"/>.</summary>
    public IReadOnlyList<MarkerMatch> MatchesOn(SourceLine line) =>
        _byLine.TryGetValue(line.Number, out var found) ? found : [];

    private static bool PlausibleContext(string content, int index, int length)
    {
        var before = content[index - 1];
        if (before is '.' or ',' or ':' or ';' && index >= 2 && char.IsDigit(content[index - 2]))
        {
            return false; // 05.01.1991, 4,5, 00.00
        }
        var after = index + length;
        if (after + 1 < content.Length && content[after] is '.' or ',' or '/' or '-' && char.IsDigit(content[after + 1]))
        {
            return false; // a number that goes on: 1.5, 3/4
        }
        return true;
    }

    /// <summary>
    /// Markers that cannot be a number of the text: superscript digits (<c>almıştır¹²</c>) and a number in square
    /// brackets (<c>almıştır.[3]</c>, <c>almıştır [3]</c>, the space taken with it), after a word or closing punctuation.
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{L}.,;:!?”’""\)\]])(?<s>[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2})(?![\p{L}\p{N}])|(?<=[\p{L}.,;:!?”’""\)])\s?\[(?<n>[1-9][0-9]{0,2})\](?![\p{L}\p{N}])", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Raised();

    // Digits right after a lowercase letter or closing punctuation, not followed by more digits or letters.
    [GeneratedRegex(@"(?<=[\p{Ll}.,;:!?”’""\)\]])(?<n>[1-9][0-9]{0,2})(?![\p{L}\p{N}])", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex Candidate();
}
