using System.Security.Cryptography;
using System.Text;
using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace CorpusPortal.Search.Index;

/// <summary>
/// The full-text index: an SQLite database (FTS5) in a data folder outside git, one row per passage, built from
/// the corpus. A document is updated in one transaction, with the same result as a full rebuild. A version
/// stamp (schema, analyzer, protected words) tells when the index is stale and must be rebuilt.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Raise when the schema or what the analyzer produces changes: old indexes are then rebuilt.</summary>
    public const string Version = "schema 4, analyzer 1";

    public const string FileName = "index.db";

    /// <summary>BM25 weights of the columns exact, stem, folded, archival: an exact match ranks above a stemmed one, a stemmed above a folded one.</summary>
    public const string RankWeights = "10.0, 4.0, 1.5, 10.0";

    private static int _initialised;

    private SearchIndex(SqliteConnection connection, string path, TextAnalyzer analyzer)
    {
        Connection = connection;
        Path = path;
        Analyzer = analyzer;
        Facets = new FacetTable(connection);
    }

    internal FacetTable Facets { get; }

    public string Path { get; }

    public TextAnalyzer Analyzer { get; }

    internal SqliteConnection Connection { get; }

    /// <summary>What a current index is stamped with: the version and a hash of the protected words.</summary>
    public string Stamp => $"{Version}; protected {Hash(Analyzer.ProtectedWords.Words.Order(StringComparer.Ordinal))}";

    public static SearchIndex Open(string dataFolder, WordList protectedWords)
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 0)
        {
            SQLitePCL.Batteries_V2.Init();
        }
        Directory.CreateDirectory(dataFolder);
        var path = System.IO.Path.Combine(System.IO.Path.GetFullPath(dataFolder), FileName);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        var index = new SearchIndex(connection, path, new TextAnalyzer(protectedWords));
        index.CreateSchema();
        return index;
    }

    /// <summary>The index was built by this version with these protected words (false for a new or stale one).</summary>
    public bool IsCurrent => string.Equals(ReadMeta("stamp"), Stamp, StringComparison.Ordinal);

    public int PassageCount => Convert.ToInt32(Scalar("SELECT count(*) FROM passages"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The source hash each document was indexed from (null when none was given).</summary>
    public IReadOnlyDictionary<string, string?> SourceHashes()
    {
        var hashes = new Dictionary<string, string?>(StringComparer.Ordinal);
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT doc, hash FROM indexed_documents";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hashes[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }
        return hashes;
    }

    public IReadOnlyList<string> DocumentIds()
    {
        var ids = new List<string>();
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT doc FROM passages ORDER BY doc";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    /// <summary>Empties the index and indexes every document, in one transaction; <paramref name="progress"/> counts documents.</summary>
    public void Rebuild(IEnumerable<Document> documents, Action<Document>? progress = null) =>
        Rebuild(documents.Select(d => (d, (string?)null)), progress);

    /// <summary>As <see cref="Rebuild(IEnumerable{Document}, Action{Document}?)"/>, recording each document's source hash.</summary>
    public void Rebuild(IEnumerable<(Document Document, string? SourceHash)> documents, Action<Document>? progress = null)
    {
        using var transaction = Connection.BeginTransaction();
        Execute(Connection, "DELETE FROM passages; DELETE FROM passage_facets; DELETE FROM passage_terms; DELETE FROM indexed_documents;", transaction);
        foreach (var (document, hash) in documents)
        {
            Insert(document, hash, transaction);
            progress?.Invoke(document);
        }
        WriteMeta("stamp", Stamp, transaction);
        transaction.Commit();
        Facets.Invalidate();
    }

    /// <summary>
    /// Replaces one document's passages in one transaction (the editor's save calls this). <paramref name="sourceHash"/>
    /// is the hash of the canonical file indexed, so that a start-up check can tell a file the index has not seen.
    /// </summary>
    public void Update(Document document, string? sourceHash = null)
    {
        using var transaction = Connection.BeginTransaction();
        Delete(document.Id, transaction);
        Insert(document, sourceHash, transaction);
        transaction.Commit();
        Facets.Invalidate();
    }

    /// <summary>SQLite's count of commits made to the index by other connections (another process, say).</summary>
    public long DataVersion() => Convert.ToInt64(Scalar("PRAGMA data_version"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Records a canonical file that does not read: no passages, only its hash, so it is read again once it changes.</summary>
    public void MarkUnreadable(string documentId, string sourceHash)
    {
        using var transaction = Connection.BeginTransaction();
        Delete(documentId, transaction);
        Record(documentId, sourceHash, transaction);
        transaction.Commit();
        Facets.Invalidate();
    }

    /// <summary>Deletes the index files of <paramref name="dataFolder"/> (an index that cannot be opened is built anew).</summary>
    public static void DeleteFiles(string dataFolder)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetFullPath(dataFolder), FileName);
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }

    public void Remove(string documentId)
    {
        using var transaction = Connection.BeginTransaction();
        Delete(documentId, transaction);
        transaction.Commit();
        Facets.Invalidate();
    }

    public void Dispose() => Connection.Dispose();

    private void CreateSchema()
    {
        Execute(Connection, """
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS indexed_documents (doc TEXT PRIMARY KEY, hash TEXT);
            CREATE TABLE IF NOT EXISTS passages (
                id INTEGER PRIMARY KEY,
                doc TEXT NOT NULL,
                anchor TEXT NOT NULL,
                section TEXT NOT NULL,
                section_title TEXT NOT NULL,
                kind TEXT NOT NULL,
                language TEXT NOT NULL,
                year INTEGER,
                text TEXT NOT NULL,
                UNIQUE (doc, anchor));
            CREATE INDEX IF NOT EXISTS passages_doc ON passages (doc);
            CREATE TABLE IF NOT EXISTS passage_facets (
                id INTEGER PRIMARY KEY,
                doc TEXT NOT NULL,
                language TEXT NOT NULL,
                kind TEXT NOT NULL,
                year INTEGER);
            CREATE VIRTUAL TABLE IF NOT EXISTS passage_terms USING fts5(
                exact, stem, folded, archival,
                tokenize = "unicode61 remove_diacritics 0 tokenchars '.,''·-/'");
            CREATE VIRTUAL TABLE IF NOT EXISTS passage_terms_vocab USING fts5vocab(passage_terms, 'col');
            """);
        // The ranking every query uses (ORDER BY rank): BM25 with an exact match worth most, then a stem, then a folded form.
        Execute(Connection, $"INSERT INTO passage_terms (passage_terms, rank) VALUES ('rank', 'bm25({RankWeights})')");
    }

    private void Insert(Document document, string? sourceHash, SqliteTransaction transaction)
    {
        Record(document.Id, sourceHash, transaction);
        using var passage = Connection.CreateCommand();
        passage.Transaction = transaction;
        passage.CommandText = """
            INSERT INTO passages (doc, anchor, section, section_title, kind, language, year, text)
            VALUES ($doc, $anchor, $section, $title, $kind, $language, $year, $text) RETURNING id
            """;
        using var facets = Connection.CreateCommand();
        facets.Transaction = transaction;
        facets.CommandText = "INSERT INTO passage_facets (id, doc, language, kind, year) VALUES ($id, $doc, $language, $kind, $year)";
        using var terms = Connection.CreateCommand();
        terms.Transaction = transaction;
        terms.CommandText = "INSERT INTO passage_terms (rowid, exact, stem, folded, archival) VALUES ($id, $exact, $stem, $folded, $archival)";
        foreach (var p in PassageExtractor.Passages(document))
        {
            var indexed = IndexedPassage.From(p, Analyzer);
            passage.Parameters.Clear();
            passage.Parameters.AddWithValue("$doc", p.Document);
            passage.Parameters.AddWithValue("$anchor", p.Anchor);
            passage.Parameters.AddWithValue("$section", p.Section);
            passage.Parameters.AddWithValue("$title", p.SectionTitle);
            passage.Parameters.AddWithValue("$kind", p.Kind);
            passage.Parameters.AddWithValue("$language", p.Language);
            passage.Parameters.AddWithValue("$year", (object?)p.Year ?? DBNull.Value);
            passage.Parameters.AddWithValue("$text", p.Text);
            var id = (long)passage.ExecuteScalar()!;
            terms.Parameters.Clear();
            terms.Parameters.AddWithValue("$id", id);
            terms.Parameters.AddWithValue("$exact", indexed.Exact);
            terms.Parameters.AddWithValue("$stem", indexed.Stem);
            terms.Parameters.AddWithValue("$folded", indexed.Folded);
            terms.Parameters.AddWithValue("$archival", indexed.Archival);
            terms.ExecuteNonQuery();
            facets.Parameters.Clear();
            facets.Parameters.AddWithValue("$id", id);
            facets.Parameters.AddWithValue("$doc", p.Document);
            facets.Parameters.AddWithValue("$language", p.Language);
            facets.Parameters.AddWithValue("$kind", p.Kind);
            facets.Parameters.AddWithValue("$year", (object?)p.Year ?? DBNull.Value);
            facets.ExecuteNonQuery();
        }
    }

    /// <summary>Notes that a document's file (with its hash) was indexed.</summary>
    private void Record(string documentId, string? sourceHash, SqliteTransaction transaction)
    {
        using var record = Connection.CreateCommand();
        record.Transaction = transaction;
        record.CommandText = "INSERT INTO indexed_documents (doc, hash) VALUES ($doc, $hash)";
        record.Parameters.AddWithValue("$doc", documentId);
        record.Parameters.AddWithValue("$hash", (object?)sourceHash ?? DBNull.Value);
        record.ExecuteNonQuery();
    }

    private void Delete(string documentId, SqliteTransaction transaction)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM passage_terms WHERE rowid IN (SELECT id FROM passages WHERE doc = $doc);
            DELETE FROM passage_facets WHERE doc = $doc;
            DELETE FROM indexed_documents WHERE doc = $doc;
            DELETE FROM passages WHERE doc = $doc;
            """;
        command.Parameters.AddWithValue("$doc", documentId);
        command.ExecuteNonQuery();
    }

    private string? ReadMeta(string key)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    private void WriteMeta(string key, string value, SqliteTransaction transaction)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Hash(IEnumerable<string> words) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', words))))[..16].ToLowerInvariant();
}
