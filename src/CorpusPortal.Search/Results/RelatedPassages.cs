using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Index;

namespace CorpusPortal.Search.Results;

/// <summary>A passage of another document that shares distinctive words with one of this document's passages.</summary>
public sealed record RelatedPassage(string FromAnchor, string Document, string Anchor, string Language, string Text, IReadOnlyList<string> SharedWords, double Score);

/// <summary>
/// Finds passages in other documents that are like a document's passages: for each paragraph, its rarer stems
/// (found in at most a tenth of all passages, and in at least one other) are looked for in the index, and a hit
/// sharing at least three of them counts as related. The index finds the candidates (BM25 on the stem column); they are
/// ranked by the rarity (inverse document frequency) of the shared words, weighed against their length.
/// </summary>
public sealed class RelatedPassages(SearchIndex index)
{
    private const int TermsPerPassage = 64;
    private const int MinimumShared = 3;
    private const int PerPassage = 3;

    /// <summary>At most this many passages of one document are looked up (its longest: they carry the most words).</summary>
    public const int MaxPassagesPerDocument = 200;

    /// <summary>The related passages of a whole document, best first (one lookup per passage; see <see cref="ForPassage"/>).</summary>
    public List<RelatedPassage> For(Document document, int max = 5) =>
        Top(Candidates(document).SelectMany(p => ForPassage(p, document.Id)), max);

    /// <summary>
    /// The passages of <paramref name="document"/> worth a lookup: paragraphs and tables of 150 characters or more, at
    /// most <see cref="MaxPassagesPerDocument"/> of them (a 6,000-paragraph document is not looked up 6,000 times).
    /// </summary>
    public static IReadOnlyList<Passage> Candidates(Document document)
    {
        var passages = PassageExtractor.Passages(document).Where(p => p.Kind != PassageKind.Footnote && p.Text.Length >= 150).ToList();
        return passages.Count <= MaxPassagesPerDocument
            ? passages
            : passages.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Text.Length).Take(MaxPassagesPerDocument)
                .OrderBy(x => x.i).Select(x => x.p).ToList();
    }

    /// <summary>The passages of other documents like <paramref name="passage"/>.</summary>
    public IEnumerable<RelatedPassage> ForPassage(Passage passage, string documentId)
    {
        var passages = index.PassageCount;
        var stems = index.Analyzer.Analyze(passage.Text, passage.Language)
            .Select(t => t.Stem).Where(s => s.Length >= 4 && char.IsLetter(s[0])).Distinct(StringComparer.Ordinal).ToList();
        var terms = DocumentFrequencies(stems)
            .Where(t => t.Frequency >= 2 && t.Frequency <= Math.Max(2, passages / 10))
            .OrderBy(t => t.Frequency).Take(TermsPerPassage)
            .ToDictionary(t => t.Term, t => Math.Log((double)passages / t.Frequency), StringComparer.Ordinal);
        return terms.Count < MinimumShared ? [] : Best(passage, terms, documentId).ToList();
    }

    /// <summary>The best <paramref name="max"/> of <paramref name="found"/>, one per target passage.</summary>
    public static List<RelatedPassage> Top(IEnumerable<RelatedPassage> found, int max) =>
        found.GroupBy(r => (r.Document, r.Anchor)).Select(g => g.MaxBy(r => r.Score)!)
            .OrderByDescending(r => r.Score).Take(max).ToList();

    /// <summary>The best few passages of other documents sharing enough of <paramref name="terms"/>.</summary>
    private IEnumerable<RelatedPassage> Best(Passage passage, Dictionary<string, double> terms, string documentId)
    {
        var facets = index.Facets.Rows;
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT rowid, rank FROM passage_terms WHERE passage_terms MATCH $match ORDER BY rank LIMIT 100";
        command.Parameters.AddWithValue("$match", string.Join(" OR ", terms.Keys.Select(t => $"stem : \"{t}\"")));
        var candidates = new List<(long Id, double Score)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (facets.TryGetValue(id, out var row) && row.Document != documentId && row.Kind != PassageKind.Footnote)
                {
                    candidates.Add((id, -reader.GetDouble(1)));
                }
            }
        }
        var scored = new List<RelatedPassage>();
        foreach (var (id, score) in candidates)
        {
            using var text = index.Connection.CreateCommand();
            text.CommandText = "SELECT doc, anchor, language, text FROM passages WHERE id = $id";
            text.Parameters.AddWithValue("$id", id);
            using var reader = text.ExecuteReader();
            reader.Read();
            var stems = index.Analyzer.Analyze(reader.GetString(3), reader.GetString(2))
                .Select(t => t.Stem).Distinct(StringComparer.Ordinal).ToList();
            var shared = stems.Where(terms.ContainsKey).ToList();
            if (shared.Count >= MinimumShared)
            {
                // Shared distinctive words, weighed against the candidate's length (a long passage shares more by chance).
                var similarity = shared.Sum(t => terms[t]) / Math.Sqrt(stems.Count);
                scored.Add(new RelatedPassage(passage.Anchor, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), shared, Math.Round(similarity, 3)));
            }
        }
        return scored.OrderByDescending(r => r.Score).Take(PerPassage);
    }

    /// <summary>In how many passages each stem occurs (from the FTS5 vocabulary of the stem column).</summary>
    private List<(string Term, long Frequency)> DocumentFrequencies(List<string> stems)
    {
        var result = new List<(string, long)>();
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT doc FROM passage_terms_vocab WHERE col = 'stem' AND term = $term";
        var term = command.Parameters.Add("$term", Microsoft.Data.Sqlite.SqliteType.Text);
        foreach (var stem in stems)
        {
            term.Value = stem;
            result.Add((stem, command.ExecuteScalar() is long frequency ? frequency : 0));
        }
        return result;
    }
}
