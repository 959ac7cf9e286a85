using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CorpusPortal.Corpus.FrontMatter;

/// <summary>
/// The YAML events of a front matter block, with two duties on the way: aliases (<c>*a</c>) are refused, so a
/// small file cannot expand into a huge document when read, and the line of every top-level key is noted, so a
/// bad value can be reported where it stands.
/// </summary>
internal sealed class FrontMatterParser(string yaml, string file, int firstLine) : IParser
{
    private readonly Parser _inner = new(new StringReader(yaml));
    private readonly List<(bool IsMapping, bool ExpectingKey)> _open = [];

    /// <summary>The file line of each top-level key.</summary>
    public Dictionary<string, int> KeyLines { get; } = new(StringComparer.Ordinal);

    public ParsingEvent? Current => _inner.Current;

    /// <summary>The file line of a position in the YAML text (YAML lines count from 1).</summary>
    public int LineOf(Mark mark) => firstLine + (int)mark.Line - 1;

    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }
        switch (_inner.Current)
        {
            case AnchorAlias alias:
                throw new CorpusFormatException(file, LineOf(alias.Start), $"front matter: YAML aliases (*{alias.Value}) are not allowed; write the value out");
            case Scalar scalar:
                TakeNode(scalar.Value, scalar.Start);
                break;
            case MappingStart start:
                TakeNode(null, start.Start);
                _open.Add((true, true));
                break;
            case SequenceStart start:
                TakeNode(null, start.Start);
                _open.Add((false, false));
                break;
            case MappingEnd or SequenceEnd:
                _open.RemoveAt(_open.Count - 1);
                break;
        }
        return true;
    }

    private void TakeNode(string? scalar, Mark start)
    {
        if (_open.Count == 0 || !_open[^1].IsMapping)
        {
            return;
        }
        var (_, expectingKey) = _open[^1];
        if (expectingKey && _open.Count == 1 && scalar is not null)
        {
            if (!KeyLines.TryAdd(scalar, LineOf(start)))
            {
                throw new CorpusFormatException(file, LineOf(start), $"front matter: '{scalar}' is written twice (first at line {KeyLines[scalar]}); keep one");
            }
        }
        _open[^1] = (true, !expectingKey);
    }
}
