using System.Runtime.CompilerServices;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Engine;

namespace CorpusPortal.Search.Tests.Engine;

/// <summary>
/// A searcher keeps nothing of the commits before the newest once it has searched it: a segment a publish removed
/// (every passage of its document replaced) is freed, with what the searcher's caches hold of it (its stored passages,
/// the queries compiled against it). The soak of issue 15 found both caches keeping merged-away segments alive.
/// </summary>
public sealed class OlderCommitsTests : IDisposable
{
    private const string News = "003_94344ba106347a29";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-older-" + Guid.NewGuid().ToString("N"));
    private readonly CorpusFolder _corpus = new(Path.Combine(ReferenceData.Root, "corpus"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_segment_a_publish_removed_is_freed_once_the_newer_commit_is_searched()
    {
        using var index = PassageIndex.Open(_folder, WordList.FromFile(Path.Combine(ReferenceData.Root, "corpus", "protected-words.txt")));
        var documents = _corpus.ReadAll().ToList();
        index.Rebuild(documents.Where(d => d.Id != News).Select(d => (d, (string?)null)));
        var news = documents.Single(d => d.Id == News);
        index.Update(news);
        using var searcher = new LuceneSearcher(index);

        // The news article's passages are found and kept, in the segment of its own publish.
        var segment = SegmentOf(index, searcher);
        // Published again: its old segment has no live passage left, and the commit drops it.
        index.Update(news);
        Thread.Sleep(PassageIndex.RefreshInterval * 3);
        Assert.NotEmpty(searcher.Search("peacekeepers").Hits);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(segment.TryGetTarget(out _), "the removed segment is still in memory");
    }

    /// <summary>Searches the news article and returns the segment its hits came from, weakly held.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<object> SegmentOf(PassageIndex index, LuceneSearcher searcher)
    {
        Assert.NotEmpty(searcher.Search("peacekeepers").Hits);
        // A query not asked again after the publish: compiled against this commit, it holds its readers.
        Assert.NotEmpty(searcher.Search("Russian troops").Hits);
        return index.Read(s => new WeakReference<object>(s.IndexReader.Leaves[^1].AtomicReader.CoreCacheKey));
    }
}
