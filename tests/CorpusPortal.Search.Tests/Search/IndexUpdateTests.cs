using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Index;

namespace CorpusPortal.Search.Tests.Search;

/// <summary>A stale or incomplete index is rebuilt on opening (updates equal rebuilds: see Engine/PassageIndexTests).</summary>
public sealed class IndexUpdateTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-index-" + Guid.NewGuid().ToString("N"));
    private readonly CorpusFolder _corpus = new(Path.Combine(ReferenceData.Root, "corpus"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_stale_or_incomplete_index_is_rebuilt_on_opening()
    {
        using (var index = CorpusIndex.OpenCurrent(_corpus, _folder))
        {
            Assert.True(index.IsCurrent);
            index.Remove("001_4fca9fe008e145b8");
        }
        using (var reopened = CorpusIndex.OpenCurrent(_corpus, _folder))
        {
            Assert.Equal(_corpus.Ids(), reopened.DocumentIds());
        }
        using (var other = CorpusPortal.Search.Engine.PassageIndex.Open(_folder, new WordList(["köprü"])))
        {
            Assert.False(other.IsCurrent); // other protected words: another stamp
        }
    }
}
