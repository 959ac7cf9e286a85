using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQueryBase = Lucene.Net.Search.Query;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// A query that finds a passage when any of its parts does (a word's forms, words side by side), taken apart into
/// the single terms a passage may be found by and the other parts (phrases, required groups), which need their own
/// matching.
/// </summary>
internal static class QueryParts
{
    public static (List<Term> Terms, List<LuceneQueryBase> Others) Split(LuceneQueryBase query)
    {
        var terms = new List<Term>();
        var others = new List<LuceneQueryBase>();
        Split(query, terms, others);
        return (terms, others);
    }

    private static void Split(LuceneQueryBase query, List<Term> terms, List<LuceneQueryBase> others)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term.Term);
                break;
            case DisjunctionMaxQuery forms:
                foreach (var form in forms.Disjuncts)
                {
                    Split(form, terms, others);
                }
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Split(inner, terms, others);
                break;
            case BooleanQuery any when any.Clauses.All(c => c.Occur == Occur.SHOULD):
                foreach (var clause in any.Clauses)
                {
                    Split(clause.Query, terms, others);
                }
                break;
            default:
                others.Add(query);
                break;
        }
    }
}
