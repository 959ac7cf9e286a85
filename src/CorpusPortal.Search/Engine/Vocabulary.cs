using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Analysis.Components;
using CorpusPortal.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// The Turkish words an index holds, looked up by the form a word is typed in without Turkish letters and perhaps in
/// another inflection: <c>hatti</c> → the stem of <c>hattını</c>, <c>toreni</c> → the stem of <c>töreninde</c>.
/// The words of the index whose folded form extends the typed one are found by walking the exact forms' term
/// dictionary letter by letter (each plain letter may stand for its Turkish letters); a stem is kept when the typed
/// word could be that stem with a suffix. When no word extends it, a word the typed one extends is looked for (the
/// text has <c>Ermenistan</c>, the query <c>Ermenistanin</c>).
/// </summary>
public sealed class Vocabulary(IndexReader reader, TextAnalyzer analyzer)
{
    /// <summary>At most this many words of the index are looked at for one typed word.</summary>
    public const int MaxForms = 256;

    private const int MinLength = 3;
    private const int MaxSuffix = 5;

    /// <summary>A typed word is read as a corpus word with a suffix of at most this many letters...</summary>
    private const int MaxTypedSuffix = 4;

    /// <summary>...made of the letters Turkish suffixes are made of (folded): <c>Karabakh</c> is not <c>kara</c> + <c>bakh</c>.</summary>
    private const string SuffixLetters = "aeioudtnlrmsyzkgc";

    private readonly TermsEnum? _terms = MultiFields.GetTerms(reader, PassageFields.TextField("tr", FieldForm.Exact))?.GetEnumerator();

    private readonly Dictionary<Term, int> _frequencies = [];

    /// <summary>How many passages hold <paramref name="term"/> (looked up once per term: a word asks for its exact form twice).</summary>
    public int DocumentFrequency(Term term)
    {
        if (!_frequencies.TryGetValue(term, out var frequency))
        {
            _frequencies[term] = frequency = reader.DocFreq(term);
        }
        return frequency;
    }

    /// <summary>The inverse document frequency BM25 gives a term found in <paramref name="frequency"/> passages.</summary>
    public float Rarity(int frequency) => (float)Math.Log(1 + ((reader.MaxDoc - frequency + 0.5) / (frequency + 0.5)));

    /// <summary>
    /// The words of <paramref name="field"/> that begin with <paramref name="root"/>, at most <paramref name="max"/>:
    /// those in most passages.
    /// </summary>
    public IReadOnlyList<Term> WordsBeginningWith(string field, string root, int max) =>
        CommonestBeginningWith(field, root, max).Select(w => w.Term).ToList();

    /// <summary>As <see cref="WordsBeginningWith"/>, each word with the number of passages it is in (read while walking).</summary>
    public IReadOnlyList<(Term Term, int Passages)> CommonestBeginningWith(string field, string root, int max)
    {
        var words = new PriorityQueue<(string Word, int Passages), int>(max + 1);
        if (MultiFields.GetTerms(reader, field)?.GetEnumerator() is not { } terms
            || terms.SeekCeil(new BytesRef(root)) == TermsEnum.SeekStatus.END)
        {
            return [];
        }
        do
        {
            var word = terms.Term.Utf8ToString();
            if (!word.StartsWith(root, StringComparison.Ordinal))
            {
                break;
            }
            words.Enqueue((word, terms.DocFreq), terms.DocFreq);
            if (words.Count > max)
            {
                words.Dequeue();
            }
        }
        while (terms.MoveNext());
        return words.UnorderedItems.Select(w => w.Element).OrderBy(w => w.Word, StringComparer.Ordinal).Select(w => (new Term(field, w.Word), w.Passages)).ToList();
    }

    /// <summary>The stems of the index's Turkish words that <paramref name="folded"/> (a folded, lowercase word) may be typed for.</summary>
    public IReadOnlyCollection<string> StemsFor(string folded)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        if (_terms is null || folded.Length < MinLength)
        {
            return stems;
        }
        var forms = new List<string>();
        Walk(folded, "", forms, extend: true);
        Keep(forms, folded, stems);
        for (var length = folded.Length - 1; stems.Count == 0 && length >= Math.Max(MinLength, folded.Length - MaxTypedSuffix); length--)
        {
            var suffix = folded[length..];
            if (!suffix.All(c => SuffixLetters.Contains(c, StringComparison.Ordinal)) || !suffix.Any(c => "aeiou".Contains(c, StringComparison.Ordinal)))
            {
                continue;
            }
            forms.Clear();
            Walk(folded[..length], "", forms, extend: false);
            Keep(forms, folded, stems);
        }
        return stems;
    }

    private void Keep(List<string> forms, string folded, HashSet<string> stems)
    {
        foreach (var form in forms)
        {
            if (analyzer.AnalyzeWord(form, turkish: true) is { } word && word.Stem.Length >= MinLength - 1
                && folded.StartsWith(Folding.Fold(word.Stem), StringComparison.Ordinal))
            {
                stems.Add(word.Stem);
            }
        }
    }

    /// <summary>Collects the words whose folded form is <paramref name="folded"/> (or begins with it, when extending).</summary>
    private void Walk(string folded, string prefix, List<string> forms, bool extend)
    {
        if (forms.Count >= MaxForms)
        {
            return;
        }
        if (prefix.Length == folded.Length)
        {
            Collect(prefix, forms, extend);
            return;
        }
        foreach (var letter in Folding.LettersFoldingTo(folded[prefix.Length]))
        {
            var longer = prefix + letter;
            if (_terms!.SeekCeil(new BytesRef(longer)) != TermsEnum.SeekStatus.END
                && _terms.Term.Utf8ToString().StartsWith(longer, StringComparison.Ordinal))
            {
                Walk(folded, longer, forms, extend);
            }
        }
    }

    private void Collect(string prefix, List<string> forms, bool extend)
    {
        if (_terms!.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
        {
            return;
        }
        do
        {
            var term = _terms.Term.Utf8ToString();
            if (!term.StartsWith(prefix, StringComparison.Ordinal) || (!extend && term.Length > prefix.Length))
            {
                return;
            }
            if (term.Length <= prefix.Length + 2 * MaxSuffix)
            {
                forms.Add(term);
            }
        }
        while (forms.Count < MaxForms && _terms.MoveNext());
    }
}
