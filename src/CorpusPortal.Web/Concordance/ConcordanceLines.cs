using CorpusPortal.Search.Results;
using CorpusPortal.Web.Components.Reading;
using CorpusPortal.Web.Localization;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Concordance;

/// <summary>
/// A query's concordance: every match of its hits as a line (CQPweb's KWIC), sortable by the context left or right
/// of the match or by document, with how the matches spread over documents and years.
/// </summary>
public sealed class ConcordanceLines
{
    /// <summary>The passages a concordance reads at most (its lines are all their matches).</summary>
    public const int MaxPassages = 1000;

    public IReadOnlyList<ConcordanceLine> Lines { get; }

    /// <summary>True when the query found more passages than <see cref="MaxPassages"/>: the lines are of the best ranked.</summary>
    public bool Cut { get; }

    private ConcordanceLines(IReadOnlyList<ConcordanceLine> lines, bool cut) => (Lines, Cut) = (lines, cut);

    public static ConcordanceLines Of(SearchResult result, CorpusLibrary library, UiText ui)
    {
        var lines = new List<ConcordanceLine>();
        var counterparts = new Dictionary<string, Counterparts?>(StringComparer.Ordinal);
        foreach (var hit in result.Hits)
        {
            var document = library.Find(hit.Document);
            if (!counterparts.TryGetValue(hit.Document, out var aligned))
            {
                aligned = counterparts[hit.Document] = document is null ? null : new Counterparts(document);
            }
            var title = document is null ? hit.Title ?? hit.Document : DocumentTitle.Of(document, ui);
            var kwic = Highlighter.Kwic(hit.Text, hit.Matches, hit.Matches.Count);
            for (var i = 0; i < kwic.Count; i++)
            {
                lines.Add(new ConcordanceLine
                {
                    Document = hit.Document, Title = title, Year = hit.Year, Anchor = hit.Anchor, Language = hit.Language,
                    SectionTitle = hit.SectionTitle, Left = kwic[i].Left, Match = kwic[i].Match, Right = kwic[i].Right,
                    Rank = lines.Count,
                    Counterpart = hit.Section == "abstract" ? aligned?.Of(hit.Anchor, hit.Matches[i].Start) : null,
                });
            }
        }
        return new ConcordanceLines(lines, result.Total > result.Hits.Count);
    }

    public IEnumerable<ConcordanceLine> Sorted(ConcordanceSort sort) => sort switch
    {
        ConcordanceSort.Left => Lines.OrderBy(l => TurkishOrder.Key(Reversed(l.Left)), StringComparer.Ordinal).ThenBy(l => TurkishOrder.Key(l.Match), StringComparer.Ordinal).ThenBy(l => l.Rank),
        ConcordanceSort.Right => Lines.OrderBy(l => TurkishOrder.Key(l.Right.TrimStart()), StringComparer.Ordinal).ThenBy(l => TurkishOrder.Key(l.Match), StringComparer.Ordinal).ThenBy(l => l.Rank),
        ConcordanceSort.Document => Lines.OrderBy(l => TurkishOrder.Key(l.Title), StringComparer.Ordinal).ThenBy(l => l.Document, StringComparer.Ordinal).ThenBy(l => l.Rank),
        _ => Lines,
    };

    /// <summary>Matches and passages per document, most matches first.</summary>
    public IEnumerable<(string Document, string Title, int? Year, int Matches, int Passages)> ByDocument() => Lines
        .GroupBy(l => l.Document, StringComparer.Ordinal)
        .Select(g => (g.Key, g.First().Title, g.First().Year, g.Count(), g.Select(l => l.Anchor).Distinct(StringComparer.Ordinal).Count()))
        .OrderByDescending(d => d.Item4).ThenBy(d => TurkishOrder.Key(d.Title), StringComparer.Ordinal);

    /// <summary>Matches per year of publication, in order of years; unknown years last (null).</summary>
    public IEnumerable<(int? Year, int Matches, int Documents)> ByYear() => Lines
        .GroupBy(l => l.Year)
        .Select(g => (g.Key, g.Count(), g.Select(l => l.Document).Distinct(StringComparer.Ordinal).Count()))
        .OrderBy(y => y.Key is null).ThenBy(y => y.Key);

    /// <summary>The words left of a match, nearest first: the order a left sort reads them in.</summary>
    private static string Reversed(string left) => string.Join(' ', left.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse());
}
