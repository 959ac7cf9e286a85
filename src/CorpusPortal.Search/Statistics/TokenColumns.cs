using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CorpusPortal.Search.Statistics;

/// <summary>
/// The token columns of every segment the index has opened, each built once (by the first reader that needs it,
/// while others wait for it) and dropped with its segment; and the numbers of documents and languages they share.
/// </summary>
public sealed class TokenColumns(TokenVocabulary vocabulary)
{
    private readonly ConditionalWeakTable<object, Lazy<SegmentTokens>> _segments = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _documentIds = new(StringComparer.Ordinal);
    private readonly List<string> _documents = [];
    private readonly Dictionary<string, int> _languageIds = new(StringComparer.Ordinal);
    private readonly List<string> _languages = [];

    public TokenVocabulary Vocabulary { get; } = vocabulary;

    public SegmentTokens Of(AtomicReader reader) =>
        _segments.GetValue(reader.CoreCacheKey, _ => new Lazy<SegmentTokens>(() => SegmentTokens.Build(reader, Vocabulary, DocumentId, LanguageId))).Value;

    public string Document(int number)
    {
        lock (_gate)
        {
            return _documents[number];
        }
    }

    public string Language(int number)
    {
        lock (_gate)
        {
            return _languages[number];
        }
    }

    /// <summary>The number of a document id already met, or -1.</summary>
    public int FindDocument(string id)
    {
        lock (_gate)
        {
            return _documentIds.GetValueOrDefault(id, -1);
        }
    }

    /// <summary>The number of a language already met, or -1.</summary>
    public int FindLanguage(string code)
    {
        lock (_gate)
        {
            return _languageIds.GetValueOrDefault(code, -1);
        }
    }

    private int DocumentId(string id) => Number(id, _documentIds, _documents);

    private int LanguageId(string code) => Number(code, _languageIds, _languages);

    private int Number(string key, Dictionary<string, int> ids, List<string> keys)
    {
        lock (_gate)
        {
            if (!ids.TryGetValue(key, out var id))
            {
                id = keys.Count;
                keys.Add(key);
                ids[key] = id;
            }
            return id;
        }
    }
}
