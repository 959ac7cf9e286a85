using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CorpusPortal.Search.Engine;

/// <summary>One matching passage: its index document, score and the facet values read from its doc values.</summary>
public readonly record struct MatchedPassage(int Doc, float Score, string Document, string Language, string Kind, int? Year);

/// <summary>
/// Collects every matching passage with its score and facet values (document, language, section kind, year), read
/// from doc values as the hits come: facet counts need no stored field and no second pass.
/// </summary>
internal sealed class HitCollector : ICollector
{
    private Scorer? _scorer;
    private int _base;
    private SortedDocValues? _documents;
    private SortedDocValues? _languages;
    private SortedDocValues? _kinds;
    private NumericDocValues? _years;
    private IBits? _hasYear;

    public List<MatchedPassage> Hits { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _base = context.DocBase;
        _documents = reader.GetSortedDocValues(PassageFields.Document);
        _languages = reader.GetSortedDocValues(PassageFields.Language);
        _kinds = reader.GetSortedDocValues(PassageFields.Kind);
        _years = reader.GetNumericDocValues(PassageFields.Year);
        _hasYear = reader.GetDocsWithField(PassageFields.Year);
    }

    public void Collect(int doc)
    {
        var document = Value(_documents, doc);
        if (document is null)
        {
            return; // a file record, not a passage
        }
        int? year = _hasYear?.Get(doc) == true ? (int)_years!.Get(doc) : null;
        Hits.Add(new MatchedPassage(_base + doc, _scorer!.GetScore(), document, Value(_languages, doc) ?? "", Value(_kinds, doc) ?? "", year));
    }

    private static string? Value(SortedDocValues? values, int doc)
    {
        if (values is null || values.GetOrd(doc) < 0)
        {
            return null;
        }
        var term = new BytesRef();
        values.Get(doc, term);
        return term.Utf8ToString();
    }
}
