using Microsoft.Data.Sqlite;

namespace CorpusPortal.Search.Index;

/// <summary>What filters and facets need of a passage, by row id.</summary>
public readonly record struct FacetRow(string Document, string Language, string Kind, int? Year);

/// <summary>
/// The facet columns of every passage, held in memory: filtering and counting thousands of hits then costs no
/// SQL join. Reloaded when the index changes (through this connection or any other).
/// </summary>
internal sealed class FacetTable(SqliteConnection connection)
{
    private Dictionary<long, FacetRow>? _rows;
    private long _loadedAt = -1;
    private long _localWrites;

    public void Invalidate() => _localWrites++;

    public IReadOnlyDictionary<long, FacetRow> Rows
    {
        get
        {
            var version = DataVersion() * 1_000_000 + _localWrites;
            if (_rows is null || version != _loadedAt)
            {
                _rows = Load();
                _loadedAt = version;
            }
            return _rows;
        }
    }

    private Dictionary<long, FacetRow> Load()
    {
        var rows = new Dictionary<long, FacetRow>();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string s) => strings.TryGetValue(s, out var shared) ? shared : strings[s] = s;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, doc, language, kind, year FROM passage_facets";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows[reader.GetInt64(0)] = new FacetRow(Shared(reader.GetString(1)), Shared(reader.GetString(2)), Shared(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetInt32(4));
        }
        return rows;
    }

    /// <summary>SQLite's count of commits made by other connections.</summary>
    private long DataVersion()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }
}
