using CorpusPortal.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CorpusPortal.Search.Analysis.Components;

/// <summary>
/// Writes a lowercase word without its accents and Turkish letters (<see cref="Folding"/>: <c>nahçıvan</c> →
/// <c>nahcivan</c>), the form of a word typed on a keyboard without them. A word of plain ASCII is left untouched.
/// </summary>
public sealed class FoldFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public FoldFilter(TokenStream input)
        : base(input)
    {
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
            if (c >= '\u00C0')
            {
                _term.SetEmpty().Append(Folding.Fold(word.ToString()));
                break;
            }
        }
        return true;
    }
}
