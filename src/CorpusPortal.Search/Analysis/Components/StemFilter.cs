using CorpusPortal.Search.Analysis.Stemming;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CorpusPortal.Search.Analysis.Components;

/// <summary>
/// Stems each word not marked as a keyword: Turkish with the project's Snowball (HEAD) Turkish stemmer, English
/// with Porter2. Words repeat, so each lowercase form is stemmed once per filter and looked up by its characters
/// after that (a bounded cache; one filter per thread, as Lucene reuses token streams per thread).
/// </summary>
public sealed class StemFilter : TokenFilter
{
    private const int CacheLimit = 100_000;

    private readonly bool _turkish;
    private readonly TurkishStemmer? _stemmer;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly Dictionary<string, string> _stems = new(1024, StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StemFilter(TokenStream input, bool turkish)
        : base(input)
    {
        _turkish = turkish;
        _stemmer = turkish ? new TurkishStemmer() : null;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (_keyword.IsKeyword)
        {
            return true;
        }
        var word = _term.Buffer.AsSpan(0, _term.Length);
        if (!_lookup.TryGetValue(word, out var stem))
        {
            var printed = word.ToString();
            stem = _stemmer is not null ? _stemmer.Stem(printed) : EnglishStemmer.Stem(printed);
            if (_stems.Count >= CacheLimit)
            {
                _stems.Clear();
            }
            _stems[printed] = stem;
        }
        if (!word.SequenceEqual(stem))
        {
            _term.SetEmpty().Append(stem);
        }
        return true;
    }
}
