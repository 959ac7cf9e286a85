using CorpusPortal.Search.Analysis.Components;
using CorpusPortal.Search.Glossary;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Passages of other documents like a document's passages, with Lucene's <see cref="MoreLikeThis"/> over the stem
/// field of the passage's language: its most distinctive stems (in at least two passages and at most a tenth of those
/// in its language, or six),
/// and through the glossary their equivalents in the other language, so a Turkish paragraph also finds the English
/// passage on its subject. A passage of another document sharing at least three of those words counts as related;
/// the words shared are given as the candidate's text has them. Footnotes are neither looked up nor found. One
/// passage's lookup needs no lock.
/// </summary>
public sealed class RelatedFinder(PassageIndex index, TermGlossary? glossary = null)
{
    private const int TermsPerPassage = 64;
    private const int MinimumShared = 3;
    private const int PerPassage = 3;
    private const int Candidates = 30;
    private const int MinMaxDocFreq = 6;

    /// <summary>An equivalent in the other language weighs this much of the word it translates.</summary>
    private const float TranslationWeight = 0.5f;

    private readonly Lucene.Net.Analysis.Analyzer _analyzer = PassageFields.Analyzer(index.ProtectedWords);

    /// <summary>Stems of words that say nothing of a subject (however, rather, would; ancak, olarak), left out of the lookups.</summary>
    private readonly (ISet<string> Turkish, ISet<string> English) _noise = (NoiseStems(true, index.ProtectedWords), NoiseStems(false, index.ProtectedWords));

    private static HashSet<string> NoiseStems(bool turkish, Analysis.WordList protectedWords)
    {
        var analyzer = new Analysis.TextAnalyzer(protectedWords);
        return Analysis.WordList.RelatedNoise(turkish).Words
            .Select(w => analyzer.AnalyzeWord(w, turkish)?.Stem).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    public IEnumerable<RelatedPassage> ForPassage(Passage passage, string documentId) => index.Read(searcher =>
    {
        var turkish = PassageFields.ChainOf(passage.Language) == "tr";
        var field = PassageFields.TextField(passage.Language, FieldForm.Stem);
        var similar = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = _analyzer,
            FieldNames = [field],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MinWordLen = 4,
            MaxQueryTerms = TermsPerPassage,
            ApplyBoost = true,
            StopWords = turkish ? _noise.Turkish : _noise.English,
        };
        // A tenth of the passages in the same language (English is the smaller part of a mostly Turkish corpus), and
        // never fewer than a few: in a small corpus a subject's words are in several of its passages.
        similar.MaxDocFreq = Math.Max(MinMaxDocFreq, searcher.IndexReader.GetDocCount(field) / 10);
        using var text = new StringReader(passage.Text);
        if (similar.Like(text, field) is not BooleanQuery distinctive || distinctive.Clauses.Count < MinimumShared)
        {
            return (IEnumerable<RelatedPassage>)[];
        }
        // Any of the words (MoreLikeThis keeps Lucene's coordination factor, which the searcher turns into a steep penalty).
        var words = new BooleanQuery(disableCoord: true);
        foreach (var clause in distinctive.Clauses)
        {
            words.Add(clause.Query, Occur.SHOULD);
            if (glossary is not null && clause.Query is TermQuery term)
            {
                foreach (var (otherTurkish, stem) in glossary.Translations(turkish, term.Term.Text))
                {
                    var other = PassageFields.TextField(otherTurkish ? "tr" : "en", FieldForm.Stem);
                    words.Add(new TermQuery(new Term(other, stem)) { Boost = term.Boost * TranslationWeight }, Occur.SHOULD);
                }
            }
        }
        var query = new BooleanQuery(disableCoord: true)
        {
            { words, Occur.MUST },
            { new TermQuery(new Term(PassageFields.Document, documentId)), Occur.MUST_NOT },
            { new TermQuery(new Term(PassageFields.Kind, PassageKind.Footnote)), Occur.MUST_NOT },
        };
        var hits = searcher.Search(query, Candidates).ScoreDocs;
        var shared = StoredOffsets.FindWithTerms(searcher, words, hits.Select(h => h.Doc).ToList());
        var found = new List<RelatedPassage>();
        foreach (var hit in hits)
        {
            var stored = searcher.Doc(hit.Doc);
            var candidate = stored.Get(PassageFields.Text);
            var (spans, terms) = shared[hit.Doc];
            if (terms.Count >= MinimumShared)
            {
                var sharedWords = SurfaceWords(candidate, spans);
                found.Add(new RelatedPassage(passage.Anchor, stored.Get(PassageFields.Document), stored.Get(PassageFields.Anchor),
                    stored.Get(PassageFields.Language), candidate, sharedWords, Math.Round(hit.Score, 3)));
            }
        }
        return found.Take(PerPassage).ToList();
    });

    /// <summary>The words at <paramref name="spans"/>, once each (by their lowercase form), in the order of the text.</summary>
    private static List<string> SurfaceWords(string text, List<(int Start, int Length)> spans) => spans
        .Select(s => text.Substring(s.Start, s.Length))
        .DistinctBy(w => CorpusPortal.Text.TurkishCasing.ToLowerTurkish(w), StringComparer.Ordinal)
        .ToList();
}
