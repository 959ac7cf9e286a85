using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Index;
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

    /// <summary>The rows of the index kept in the data folder <paramref name="data"/>, opened as it is.</summary>
    public static List<string> OfData(string data)
    {
        using var index = PassageIndex.Open(data, CorpusIndex.ProtectedWords(new CorpusFolder(System.IO.Path.Combine(RepositoryRoot.Path, "corpus"))));
        return Of(index);
    }

    /// <summary>The rows of an index rebuilt from <paramref name="corpus"/> in a new folder under <paramref name="scratch"/>.</summary>
    public static List<string> OfRebuild(CorpusFolder corpus, string scratch)
    {
        using var index = CorpusIndex.OpenCurrent(corpus, System.IO.Path.Combine(scratch, "rebuilt-" + Guid.NewGuid().ToString("N")), forceRebuild: true);
        return Of(index);
    }
}
