using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Analysis.Components;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Passages of other documents like a document's passages, on the Lucene index: for each passage, its rarer stems
/// (in at most a tenth of all passages and at least one other) are looked up in the stem field of its language's
/// chain, and a passage of another document sharing at least three of them counts as related, ranked by the rarity
/// of the shared words weighed against its length. One passage's lookup needs no lock.
/// </summary>
public sealed class RelatedFinder(PassageIndex index)
{
    private const int TermsPerPassage = 64;
    private const int MinimumShared = 3;
    private const int PerPassage = 3;

    private readonly TextAnalyzer _analyzer = new(index.ProtectedWords);

    public IEnumerable<RelatedPassage> ForPassage(Passage passage, string documentId) => index.Read(searcher =>
    {
        var reader = searcher.IndexReader;
        var passages = Math.Max(1, reader.NumDocs);
        var field = PassageFields.TextField(passage.Language, FieldForm.Stem);
        var terms = _analyzer.Analyze(passage.Text, passage.Language)
            .Select(t => t.Stem).Where(s => s.Length >= 4 && char.IsLetter(s[0])).Distinct(StringComparer.Ordinal)
            .Select(stem => (Term: stem, Frequency: reader.DocFreq(new Term(field, stem))))
            .Where(t => t.Frequency >= 2 && t.Frequency <= Math.Max(2, passages / 10))
            .OrderBy(t => t.Frequency).Take(TermsPerPassage)
            .ToDictionary(t => t.Term, t => Math.Log((double)passages / t.Frequency), StringComparer.Ordinal);
        if (terms.Count < MinimumShared)
        {
            return (IEnumerable<RelatedPassage>)[];
        }
        var query = new BooleanQuery { { new TermQuery(new Term(PassageFields.Document, documentId)), Occur.MUST_NOT }, { new TermQuery(new Term(PassageFields.Kind, PassageKind.Footnote)), Occur.MUST_NOT } };
        var any = new BooleanQuery();
        foreach (var term in terms.Keys)
        {
            any.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }
        query.Add(any, Occur.MUST);
        var scored = new List<RelatedPassage>();
        foreach (var hit in searcher.Search(query, 100).ScoreDocs)
        {
            var stored = searcher.Doc(hit.Doc);
            var text = stored.Get(PassageFields.Text);
            var language = stored.Get(PassageFields.Language);
            var stems = _analyzer.Analyze(text, language).Select(t => t.Stem).Distinct(StringComparer.Ordinal).ToList();
            var shared = stems.Where(terms.ContainsKey).ToList();
            if (shared.Count >= MinimumShared)
            {
                // Shared distinctive words, weighed against the candidate's length (a long passage shares more by chance).
                var similarity = shared.Sum(t => terms[t]) / Math.Sqrt(stems.Count);
                scored.Add(new RelatedPassage(passage.Anchor, stored.Get(PassageFields.Document), stored.Get(PassageFields.Anchor), language, text, shared, Math.Round(similarity, 3)));
            }
        }
        return scored.OrderByDescending(r => r.Score).Take(PerPassage).ToList();
    });
}
