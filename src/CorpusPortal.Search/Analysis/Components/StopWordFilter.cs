using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CorpusPortal.Search.Analysis.Components;

/// <summary>
/// Drops the stop words of a language (lowercase words, <see cref="WordList.TurkishStopWords"/> or
/// <see cref="WordList.EnglishStopWords"/>); the next word's position increment counts the gap, so a phrase query
/// does not match across a dropped word as if it were not there.
/// </summary>
public sealed class StopWordFilter : FilteringTokenFilter
{
    private readonly WordList _stopWords;
    private readonly ICharTermAttribute _term;

    public StopWordFilter(Lucene.Net.Analysis.TokenStream input, WordList stopWords)
        : base(LuceneVersion.LUCENE_48, input)
    {
        _stopWords = stopWords;
        _term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool Accept() => _term.Length > 0 && !_stopWords.Contains(_term.Buffer.AsSpan(0, _term.Length));
}
