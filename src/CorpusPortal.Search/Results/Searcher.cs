using System.Globalization;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Query;
using Microsoft.Data.Sqlite;

namespace CorpusPortal.Search.Results;

/// <summary>Runs a query against the index: parse, build the FTS5 expression, rank with BM25, page, facet, highlight.</summary>
public sealed class Searcher(SearchIndex index)
{
    /// <summary>BM25 weights of the columns exact, stem, folded, archival: an exact match ranks above a stemmed one, a stemmed above a folded one.</summary>
    public const string Weights = "10.0, 4.0, 1.5, 10.0";

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
        var (total, facets) = Facets(match, filters);
        var hits = Page(match, filters, top, skip, expression.Forms);
        return new SearchResult { Query = query, Total = total, Hits = hits, Facets = facets, Notices = notices, Top = top, Skip = skip };
    }

    private List<SearchHit> Page(string match, QueryFilters filters, int top, int skip, TermForms forms)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.doc, p.anchor, p.section, p.section_title, p.kind, p.language, p.year, p.text, -bm25(passage_terms, {Weights}) AS score
            FROM passage_terms JOIN passages p ON p.id = passage_terms.rowid
            WHERE passage_terms MATCH $match {Where(filters, command)}
            ORDER BY score DESC, p.doc, p.id
            LIMIT $top OFFSET $skip
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$top", Math.Clamp(top, 0, 1000));
        command.Parameters.AddWithValue("$skip", Math.Max(0, skip));
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var text = reader.GetString(7);
            var language = reader.GetString(5);
            var matches = Highlighter.Matches(text, language, forms, index.Analyzer);
            hits.Add(new SearchHit
            {
                Document = reader.GetString(0),
                Anchor = reader.GetString(1),
                SectionAnchor = reader.GetString(2),
                SectionTitle = reader.GetString(3),
                Section = reader.GetString(4),
                Language = language,
                Year = reader.IsDBNull(6) ? null : reader.GetInt32(6),
                Text = text,
                Score = Math.Round(reader.GetDouble(8), 4),
                Matches = matches,
                Snippet = Highlighter.Snippet(text, matches),
                Kwic = Highlighter.Kwic(text, matches),
            });
        }
        return hits;
    }

    private (int Total, SearchFacets Facets) Facets(string match, QueryFilters filters)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.doc, p.language, p.kind, p.year, count(*)
            FROM passage_terms JOIN passages p ON p.id = passage_terms.rowid
            WHERE passage_terms MATCH $match {Where(filters, command)}
            GROUP BY p.doc, p.language, p.kind, p.year
            """;
        command.Parameters.AddWithValue("$match", match);
        var documents = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var languages = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var sections = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var years = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var count = reader.GetInt32(4);
            total += count;
            Count(documents, reader.GetString(0), count);
            Count(languages, reader.GetString(1), count);
            Count(sections, reader.GetString(2), count);
            if (!reader.IsDBNull(3))
            {
                Count(years, reader.GetInt32(3).ToString(CultureInfo.InvariantCulture), count);
            }
        }
        return (total, new SearchFacets(documents, languages, sections, years));
    }

    private static void Count(SortedDictionary<string, int> counts, string key, int count) =>
        counts[key] = counts.GetValueOrDefault(key) + count;

    /// <summary>The filters as SQL conditions on bound parameters.</summary>
    private static string Where(QueryFilters filters, SqliteCommand command)
    {
        var conditions = new List<string>();
        if (filters.Language is { } language)
        {
            conditions.Add("p.language = $language");
            command.Parameters.AddWithValue("$language", language);
        }
        if (filters.Document is { } document)
        {
            conditions.Add("p.doc = $doc");
            command.Parameters.AddWithValue("$doc", document);
        }
        if (filters.Section is { } section)
        {
            conditions.Add("p.kind = $kind");
            command.Parameters.AddWithValue("$kind", section);
        }
        if (filters.YearFrom is { } from)
        {
            conditions.Add("p.year >= $from");
            command.Parameters.AddWithValue("$from", from);
        }
        if (filters.YearTo is { } to)
        {
            conditions.Add("p.year <= $to");
            command.Parameters.AddWithValue("$to", to);
        }
        return string.Concat(conditions.Select(c => " AND " + c));
    }
}
