using CorpusPortal.Search.Analysis;

namespace CorpusPortal.Search.Statistics;

/// <summary>
/// Every word form the statistics have met, numbered, with its language chain (Turkish or English rules) and its
/// stem's number. Forms are only added, never renumbered, so the token columns of every segment share the numbers.
/// Safe for any number of threads: adding takes a lock, and readers work on a <see cref="Snapshot"/>.
/// </summary>
public sealed class TokenVocabulary(WordList protectedWords)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Form, bool Turkish), int> _ids = [];
    private readonly Dictionary<(string Stem, bool Turkish), int> _stemIds = [];
    private readonly List<Entry> _forms = [];
    private readonly List<(string Stem, bool Turkish)> _stems = [];
    private readonly TextAnalyzer _analyzer = new(protectedWords);

    /// <summary>A form: its text, its chain, and the number of its stem.</summary>
    public readonly record struct Entry(string Form, bool Turkish, int Stem);

    /// <summary>The vocabulary as it is now: forms and stems by number.</summary>
    public sealed record Snapshot(IReadOnlyList<Entry> Forms, IReadOnlyList<(string Stem, bool Turkish)> Stems);

    public int IdOf(string form, bool turkish)
    {
        lock (_gate)
        {
            if (_ids.TryGetValue((form, turkish), out var id))
            {
                return id;
            }
            var stem = WordForms.Stem(form, turkish, _analyzer);
            if (!_stemIds.TryGetValue((stem, turkish), out var stemId))
            {
                stemId = _stems.Count;
                _stems.Add((stem, turkish));
                _stemIds[(stem, turkish)] = stemId;
            }
            id = _forms.Count;
            _forms.Add(new Entry(form, turkish, stemId));
            _ids[(form, turkish)] = id;
            return id;
        }
    }

    /// <summary>The number of a form already met, or -1.</summary>
    public int Find(string form, bool turkish)
    {
        lock (_gate)
        {
            return _ids.GetValueOrDefault((form, turkish), -1);
        }
    }

    /// <summary>The number of a stem already met, or -1.</summary>
    public int FindStem(string stem, bool turkish)
    {
        lock (_gate)
        {
            return _stemIds.GetValueOrDefault((stem, turkish), -1);
        }
    }

    /// <summary>The stem the search's stemmer gives a word typed by a user.</summary>
    public string StemOf(string form, bool turkish)
    {
        lock (_gate)
        {
            return WordForms.Stem(form, turkish, _analyzer);
        }
    }

    public Snapshot Take()
    {
        lock (_gate)
        {
            return new Snapshot([.. _forms], [.. _stems]);
        }
    }
}
