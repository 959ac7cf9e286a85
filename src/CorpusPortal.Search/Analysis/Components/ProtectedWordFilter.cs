using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace CorpusPortal.Search.Analysis.Components;

/// <summary>
/// Marks the words the stemmer must leave alone (<c>corpus/protected-words.txt</c>: names such as Azerbaycan,
/// whose ending only looks like a suffix) and words that do not start with a letter (numbers, dates) with Lucene's
/// <see cref="IKeywordAttribute"/>.
/// </summary>
public sealed class ProtectedWordFilter : KeywordMarkerFilter
{
    private readonly WordList _protected;
    private readonly ICharTermAttribute _term;

    public ProtectedWordFilter(TokenStream input, WordList protectedWords)
        : base(input)
    {
        _protected = protectedWords;
        _term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool IsKeyword() =>
        _term.Length == 0 || !char.IsLetter(_term.Buffer[0]) || _protected.Contains(_term.Buffer.AsSpan(0, _term.Length));
}
