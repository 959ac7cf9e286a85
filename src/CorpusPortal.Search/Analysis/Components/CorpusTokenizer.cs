using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CorpusPortal.Search.Analysis.Components;

/// <summary>
/// The project's word tokenizer (<see cref="WordTokenizer"/>: UAX #29 word boundaries, apostrophes and full stops
/// inside words) as a Lucene <see cref="Tokenizer"/>: one token per word, with its offsets in the original text and
/// a position increment of one. A passage is read whole, which is what an index of passages needs.
/// </summary>
public sealed class CorpusTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private char[] _text = [];
    private int _length;
    private IEnumerator<(int Start, int End)> _words = Enumerable.Empty<(int, int)>().GetEnumerator();

    public CorpusTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (!_words.MoveNext())
        {
            return false;
        }
        var (start, end) = _words.Current;
        _term.CopyBuffer(_text, start, end - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        _length = text.Length;
        _text = text.ToCharArray();
        _words = WordTokenizer.Ranges(text).GetEnumerator();
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _words.Dispose();
            _text = [];
        }
        base.Dispose(disposing);
    }
}
