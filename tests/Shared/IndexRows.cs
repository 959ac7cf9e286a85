using CorpusPortal.Search.Engine;
using Lucene.Net.Search;

namespace CorpusPortal.Tests;

/// <summary>An index as comparable rows: every passage's stored fields and every file record's hash, in a fixed order.</summary>
internal static class IndexRows
{
    public static List<string> Of(PassageIndex index) => index.Read(searcher =>
        searcher.Search(new MatchAllDocsQuery(), Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc))
            .Select(d => string.Join('\u001f', d.Fields.Select(f => $"{f.Name}={f.GetStringValue()}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList());
}
