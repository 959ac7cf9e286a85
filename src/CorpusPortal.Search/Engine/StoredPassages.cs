using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CorpusPortal.Search.Engine;

/// <summary>What the index stores of a passage for its hit.</summary>
internal sealed record StoredPassage(
    string Document, string Anchor, string Section, string SectionTitle, string Kind, string Language, int? Year, string Text,
    IReadOnlyDictionary<string, string> Titles, IReadOnlyList<string> Authors);

/// <summary>
/// The stored passages of recent hits, decoded once (as Solr's document cache): reading a passage's stored fields
/// decompresses its block of the index, about 0.1 ms here, and the same passages come back in hit after hit. Entries
/// belong to a segment's core, which never changes: a publish makes new segments and merges old ones away, and the
/// entries of segments the newest commit no longer has are dropped when a search first reads that commit (they would
/// keep the merged-away segments' memory, and what the statistics keep per segment, alive). The cache is emptied when
/// it is full; it fills again in a few searches.
/// </summary>
internal sealed class StoredPassages(int capacity)
{
    private readonly ConcurrentDictionary<(object Core, int Doc), StoredPassage> _passages = new();
    private readonly Lock _pruning = new();
    private IndexReader? _reader;

    public StoredPassage Get(IndexSearcher searcher, int doc)
    {
        if (!ReferenceEquals(Volatile.Read(ref _reader), searcher.IndexReader))
        {
            Prune(searcher.IndexReader);
        }
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var key = (leaf.AtomicReader.CoreCacheKey, doc - leaf.DocBase);
        if (_passages.TryGetValue(key, out var passage))
        {
            return passage;
        }
        passage = Read(leaf.AtomicReader.Document(doc - leaf.DocBase));
        if (_passages.Count >= capacity)
        {
            _passages.Clear();
        }
        _passages[key] = passage;
        return passage;
    }

    /// <summary>Drops the entries of segments <paramref name="reader"/> does not have.</summary>
    private void Prune(IndexReader reader)
    {
        lock (_pruning)
        {
            if (ReferenceEquals(_reader, reader))
            {
                return;
            }
            var live = reader.Leaves.Select(leaf => leaf.AtomicReader.CoreCacheKey).ToHashSet(ReferenceEqualityComparer.Instance);
            foreach (var key in _passages.Keys.Where(key => !live.Contains(key.Core)))
            {
                _passages.TryRemove(key, out _);
            }
            Volatile.Write(ref _reader, reader);
        }
    }

    private static StoredPassage Read(Lucene.Net.Documents.Document stored) => new(
        stored.Get(PassageFields.Document),
        stored.Get(PassageFields.Anchor),
        stored.Get(PassageFields.Section),
        stored.Get(PassageFields.SectionTitle),
        stored.Get(PassageFields.Kind),
        stored.Get(PassageFields.Language),
        stored.GetField(PassageFields.Year)?.GetInt32Value(),
        stored.Get(PassageFields.Text),
        stored.Fields.Where(f => f.Name.StartsWith(PassageFields.TitlePrefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Name[PassageFields.TitlePrefix.Length..], f => f.GetStringValue(), StringComparer.Ordinal),
        stored.GetValues(PassageFields.Author));
}
