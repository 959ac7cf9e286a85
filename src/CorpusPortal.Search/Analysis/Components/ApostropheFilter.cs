using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CorpusPortal.Search.Analysis.Components;

/// <summary>
/// Turkish: a word is cut at its first apostrophe (<c>Türkiye’nin</c> → <c>Türkiye</c>), as Lucene's
/// ApostropheFilter does. English: a possessive <c>'s</c> is dropped and other apostrophes are written <c>'</c>.
/// The marks read as an apostrophe are <see cref="Apostrophes.IsApostrophe"/>'s. Works in the term's buffer.
/// </summary>
public sealed class ApostropheFilter : TokenFilter
{
    private readonly bool _turkish;
    private readonly ICharTermAttribute _term;

    public ApostropheFilter(TokenStream input, bool turkish)
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
        var buffer = _term.Buffer;
        var length = _term.Length;
        if (_turkish)
        {
            for (var i = 0; i < length; i++)
            {
                if (Apostrophes.IsApostrophe(buffer[i]))
                {
                    _term.SetLength(i);
                    break;
                }
            }
            return true;
        }
        if (length > 2 && Apostrophes.IsApostrophe(buffer[length - 2]) && buffer[length - 1] is 's' or 'S')
        {
            _term.SetLength(length -= 2);
        }
        for (var i = 0; i < length; i++)
        {
            if (Apostrophes.IsApostrophe(buffer[i]))
            {
                buffer[i] = '\'';
            }
        }
        return true;
    }
}
