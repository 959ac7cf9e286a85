using CorpusPortal.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CorpusPortal.Search.Analysis.Components;

/// <summary>
/// Lowercasing by the language of the text, never by the machine's culture (<see cref="TurkishCasing"/>): Turkish
/// <c>I</c> → <c>ı</c> and <c>İ</c> → <c>i</c>; English by the invariant mapping. A word already in lowercase (most
/// of them) is left in its buffer untouched.
/// </summary>
public sealed class LowercaseFilter : TokenFilter
{
    private readonly bool _turkish;
    private readonly ICharTermAttribute _term;

    public LowercaseFilter(TokenStream input, bool turkish)
        : base(input)
    {
        _turkish = turkish;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var word = _term.Buffer.AsSpan(0, _term.Length);
        foreach (var c in word)
        {
            if (char.IsUpper(c) || c == '\u0307')
            {
                var printed = word.ToString();
                var lower = _turkish ? TurkishCasing.ToLowerTurkish(printed) : TurkishCasing.ToLowerEnglish(printed);
                _term.SetEmpty().Append(lower);
                break;
            }
        }
        return true;
    }
}
