using System.Globalization;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Query;

namespace CorpusPortal.Search.Results;

/// <summary>Runs a query against the index: parse, build the FTS5 expression, rank with BM25, page, facet, highlight.</summary>
public sealed class Searcher(SearchIndex index)
{
    public SearchResult Search(string query, int top = 10, int skip = 0, string? language = null)
    {
        var parsed = QueryParser.Parse(query);
        if (!parsed.IsValid)
        {
            return new SearchResult { Query = query, Error = parsed.Error, Notices = parsed.Notices, Top = top, Skip = skip };
        }
        var expression = new MatchExpression(index.Analyzer);
        var match = expression.Build(parsed.Root!);
        var notices = parsed.Notices.Concat(expression.Notices).ToList();
        if (match is null)
        {
            return new SearchResult { Query = query, Error = "the query has only stop words; add a word that says more", Notices = notices, Top = top, Skip = skip };
        }
        var filters = language is null ? parsed.Filters : parsed.Filters with { Language = language };
        List<(long Id, double Score, FacetRow Facets)> matching;
        try
        {
            matching = Matching(match, filters);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // The expression is built from analysed words only, so this should not happen; if it does, the reader
            // gets a message, not a server error.
            return new SearchResult { Query = query, Error = "the query could not be searched; try it in simpler words", Notices = notices, Top = top, Skip = skip };
        }
        var hits = matching.OrderByDescending(m => m.Score).ThenBy(m => m.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(top, 0, 1000))
            .Select(m => Hit(m.Id, m.Score, expression.Forms)).ToList();
        return new SearchResult { Query = query, Total = matching.Count, Hits = hits, Facets = Count(matching), Notices = notices, Top = top, Skip = skip };
    }

    /// <summary>
    /// Every matching passage with its BM25 score, from one pass over the full-text index; filters are applied
    /// through the in-memory facet table, so no join is needed however many passages match.
    /// </summary>
    private List<(long Id, double Score, FacetRow Facets)> Matching(string match, QueryFilters filters)
    {
        var facets = index.Facets.Rows;
        var matching = new List<(long, double, FacetRow)>();
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT rowid, rank FROM passage_terms WHERE passage_terms MATCH $match";
        command.Parameters.AddWithValue("$match", match);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (facets.TryGetValue(id, out var row) && Passes(row, filters))
            {
                matching.Add((id, -reader.GetDouble(1), row));
            }
        }
        return matching;
    }

    private static bool Passes(FacetRow row, QueryFilters filters) =>
        (filters.Language is null || row.Language == filters.Language)
        && (filters.Document is null || row.Document == filters.Document)
        && (filters.Section is null || row.Kind == filters.Section)
        && (filters.YearFrom is null || row.Year >= filters.YearFrom)
        && (filters.YearTo is null || row.Year <= filters.YearTo);

    private static SearchFacets Count(List<(long Id, double Score, FacetRow Facets)> matching)
    {
        var documents = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var languages = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var sections = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var years = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, _, row) in matching)
        {
            Increment(documents, row.Document);
            Increment(languages, row.Language);
            Increment(sections, row.Kind);
            if (row.Year is { } year)
            {
                Increment(years, year.ToString(CultureInfo.InvariantCulture));
            }
        }
        return new SearchFacets(documents, languages, sections, years);
    }

    private static void Increment(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private SearchHit Hit(long id, double score, TermForms forms)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT doc, anchor, section, section_title, kind, language, year, text FROM passages WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        reader.Read();
        var text = reader.GetString(7);
        var language = reader.GetString(5);
        var matches = Highlighter.Matches(text, language, forms, index.Analyzer);
        return new SearchHit
        {
            Document = reader.GetString(0),
            Anchor = reader.GetString(1),
            SectionAnchor = reader.GetString(2),
            SectionTitle = reader.GetString(3),
            Section = reader.GetString(4),
            Language = language,
            Year = reader.IsDBNull(6) ? null : reader.GetInt32(6),
            Text = text,
            Score = Math.Round(score, 4),
            Matches = matches,
            Snippet = Highlighter.Snippet(text, matches),
            Kwic = Highlighter.Kwic(text, matches),
        };
    }
}
