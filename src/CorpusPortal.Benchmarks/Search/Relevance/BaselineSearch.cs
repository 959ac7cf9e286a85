using CorpusPortal.Search.Index;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CorpusPortal.Benchmarks.Search.Relevance;

/// <summary>
/// The naive baseline the relevance figures are compared with: the same passages in a Lucene index with
/// <see cref="StandardAnalyzer"/> (no stemming, no folding, no Turkish casing), queried with an OR of the query's words
/// (quotes and operators are not understood), ranked by BM25.
/// </summary>
internal sealed class BaselineSearch : IDisposable
{
    private const string TextField = "text";
    private readonly RAMDirectory _directory = new();
    private readonly StandardAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public BaselineSearch(IEnumerable<Passage> passages)
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var passage in passages)
            {
                writer.AddDocument(new Document { new TextField(TextField, passage.Text, Field.Store.YES) });
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The texts of the best <paramref name="top"/> passages.</summary>
    public IReadOnlyList<string> Search(string query, int top)
    {
        var any = new BooleanQuery();
        foreach (var word in Words(query).Distinct(StringComparer.Ordinal))
        {
            any.Add(new TermQuery(new Term(TextField, word)), Occur.SHOULD);
        }
        return _searcher.Search(any, top).ScoreDocs.Select(hit => _searcher.Doc(hit.Doc).Get(TextField, System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private List<string> Words(string query)
    {
        var words = new List<string>();
        using var stream = _analyzer.GetTokenStream(TextField, query);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }
        stream.End();
        return words;
    }
}
