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

    [Fact]
    public void An_edited_archive_registry_rebuilds_the_index_with_the_units_it_recognises()
    {
        var corpus = Path.Combine(_folder, "corpus");
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.EnumerateFiles(_corpus.Root, "*.md"))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }
        var data = Path.Combine(_folder, "data");
        using (var index = CorpusIndex.OpenCurrent(new CorpusFolder(corpus), data))
        {
            Assert.True(UnitHits(index, "30-18-1-2/669-133-4") > 0);
        }

        // The editor's registry knows only the diplomatic archive: the Republican Archives' units are no longer citations.
        File.WriteAllText(Path.Combine(corpus, "archives.yaml"), """
            archives:
              - abbreviation: TDA
                name: { tr: Türk Diplomatik Arşivi, en: Turkish Diplomatic Archives }
                country: TR
                references: ["{fonds:numbers}/{unit:numbers}"]
            """);
        using (var reopened = CorpusIndex.OpenCurrent(new CorpusFolder(corpus), data))
        {
            Assert.True(reopened.IsCurrent);
            Assert.Equal(0, UnitHits(reopened, "30-18-1-2/669-133-4"));
            Assert.True(UnitHits(reopened, "571/35868-141642-2") > 0);
        }
    }

    private static int UnitHits(CorpusPortal.Search.Engine.PassageIndex index, string unit) =>
        index.Read(searcher => searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(CorpusPortal.Search.Engine.PassageFields.Unit, unit)), 10).TotalHits);
}
