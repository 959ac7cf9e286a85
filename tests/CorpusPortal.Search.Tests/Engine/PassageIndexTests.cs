using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Analysis.Components;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CorpusPortal.Search.Tests.Engine;

/// <summary>
/// The Lucene passage index: one document per passage with its fields, a document replaced in one commit with the
/// same result as a rebuild, file hashes and a version stamp kept, searches running while it is written, and a
/// damaged index detected and opened empty (issue 9).
/// </summary>
public sealed class PassageIndexTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-lucene-" + Guid.NewGuid().ToString("N"));
    private readonly CorpusFolder _corpus = new(Path.Combine(ReferenceData.Root, "corpus"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static WordList Protected => WordList.FromFile(Path.Combine(ReferenceData.Root, "corpus", "protected-words.txt"));

    private PassageIndex Built()
    {
        var index = PassageIndex.Open(_folder, Protected);
        index.Rebuild(_corpus.ReadAll().Select(d => (d, (string?)("hash-" + d.Id))));
        return index;
    }

    /// <summary>Every passage as (document, anchor, kind, language, text), in a fixed order.</summary>
    private static List<string> Passages(PassageIndex index) => index.Read(searcher =>
        searcher.Search(new MatchAllDocsQuery(), searcher.IndexReader.MaxDoc + 1).ScoreDocs
            .Select(d => searcher.Doc(d.Doc))
            .Where(d => d.Get(PassageFields.Record) is null)
            .Select(d => string.Join('|', d.Get(PassageFields.Document), d.Get(PassageFields.Anchor), d.Get(PassageFields.Kind), d.Get(PassageFields.Language), d.Get(PassageFields.Text)))
            .Order(StringComparer.Ordinal).ToList());

    private static int Hits(PassageIndex index, string field, string term) =>
        index.Read(searcher => searcher.Search(new TermQuery(new Term(field, term)), 100).TotalHits);

    [Fact]
    public void Every_passage_of_the_corpus_is_one_Lucene_document()
    {
        using var index = Built();

        var expected = _corpus.ReadAll().SelectMany(PassageExtractor.Passages).ToList();

        Assert.Equal(expected.Count, index.PassageCount);
        Assert.Equal(_corpus.Ids().ToList(), index.DocumentIds());
        Assert.True(index.IsCurrent);
    }

    [Fact]
    public void The_text_is_found_by_its_exact_stemmed_and_folded_forms()
    {
        using var index = Built();

        Assert.True(Hits(index, PassageFields.TextField("tr", FieldForm.Exact), "köprünün") > 0);
        Assert.True(Hits(index, PassageFields.TextField("tr", FieldForm.Stem), "köprü") > Hits(index, PassageFields.TextField("tr", FieldForm.Exact), "köprünün"));
        Assert.True(Hits(index, PassageFields.TextField("tr", FieldForm.Folded), "nahcivan") > 0);
        Assert.True(Hits(index, PassageFields.TextField("en", FieldForm.Stem), "peacekeep") > 0);
        Assert.True(Hits(index, PassageFields.Unit, "30-18-1-2/669-133-4") > 0);
    }

    [Fact]
    public void Updating_a_document_gives_the_same_passages_as_a_rebuild()
    {
        using var index = Built();
        var rebuilt = Passages(index);
        var thesis = _corpus.Read("000_91073a8e0371b68b");

        index.Update(thesis, "hash-000_91073a8e0371b68b");
        index.Update(thesis, "hash-000_91073a8e0371b68b");

        Assert.Equal(rebuilt, Passages(index));
        Assert.Equal("hash-000_91073a8e0371b68b", index.SourceHashes()["000_91073a8e0371b68b"]);
    }

    [Fact]
    public void Passages_with_the_same_score_come_in_corpus_order_however_they_were_indexed()
    {
        var thesis = _corpus.Read("000_91073a8e0371b68b");
        CorpusPortal.Model.Documents.Document Copy(string id) => thesis with { Metadata = thesis.Metadata with { Id = id } };
        using var index = PassageIndex.Open(_folder, Protected);
        // Indexed side by side, in no particular order; then the first copy is published again (it goes last).
        index.Rebuild([(Copy("zzz_copy"), null), (thesis, null), (Copy("aaa_copy"), null)]);
        index.Update(Copy("aaa_copy"));
        using var searcher = new LuceneSearcher(index);

        var hits = searcher.Search("Azerbaycan", top: 30).Hits;

        var first = hits.Where(h => h.Anchor == hits[0].Anchor).Select(h => h.Document).ToList();
        Assert.Equal(["000_91073a8e0371b68b", "aaa_copy", "zzz_copy"], first);
    }

    [Fact]
    public void A_removed_document_leaves_nothing_behind_and_an_unreadable_file_keeps_only_its_hash()
    {
        using var index = Built();

        index.Remove("003_94344ba106347a29");
        index.MarkUnreadable("kopru", "hash-kopru");

        Assert.DoesNotContain("003_94344ba106347a29", index.DocumentIds());
        Assert.False(index.SourceHashes().ContainsKey("003_94344ba106347a29"));
        Assert.Equal("hash-kopru", index.SourceHashes()["kopru"]);
        Assert.DoesNotContain("kopru", index.DocumentIds());
    }

    [Fact]
    public void The_stamp_is_kept_in_the_commit_and_other_protected_words_make_it_stale()
    {
        using (Built())
        {
        }

        using (var reopened = PassageIndex.Open(_folder, Protected))
        {
            Assert.True(reopened.IsCurrent);
            Assert.Equal(_corpus.Ids().Count(), reopened.SourceHashes().Count);
        }
        using var other = PassageIndex.Open(_folder, new WordList(["başka"]));
        Assert.False(other.IsCurrent);
    }

    [Fact]
    public async Task Searches_run_while_documents_are_published()
    {
        using var index = Built();
        var thesis = _corpus.Read("000_91073a8e0371b68b");
        var field = PassageFields.TextField("tr", FieldForm.Stem);

        var done = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            var published = 0;
            while (!done.IsCancellationRequested || published < 5)
            {
                index.Update(thesis, "hash-" + published++);
            }
        });
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var counts = new HashSet<int>();
            for (var i = 0; i < 300; i++)
            {
                counts.Add(Hits(index, field, "azerbaycan"));
            }
            return counts;
        })).ToList();
        var seen = await Task.WhenAll(readers);
        await done.CancelAsync();
        await writer;

        // Every search saw a whole commit: the same number of matching passages before, during and after.
        Assert.All(seen, counts => Assert.Single(counts));
    }

    [Fact]
    public void A_commit_made_by_another_writer_is_seen_without_reopening()
    {
        using var portal = Built();
        var before = portal.Generation;

        // Another process (corpus index beside a running portal) opens the same folder and writes.
        using (var outside = PassageIndex.Open(_folder, Protected))
        {
            outside.Remove("003_94344ba106347a29");
        }

        Assert.NotEqual(before, portal.Generation);
        Assert.DoesNotContain("003_94344ba106347a29", portal.DocumentIds());
        portal.Update(_corpus.Read("003_94344ba106347a29"), "hash-003_94344ba106347a29");
        Assert.Contains("003_94344ba106347a29", portal.DocumentIds());
    }

    [Fact]
    public void A_damaged_index_is_detected_and_opened_empty_to_be_rebuilt()
    {
        using (Built())
        {
        }
        var largest = new DirectoryInfo(Path.Combine(_folder, PassageIndex.FolderName)).EnumerateFiles().MaxBy(f => f.Length)!;
        using (var stream = largest.Open(FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }
        var reasons = new List<string>();

        using var reopened = PassageIndex.Open(_folder, Protected, reasons.Add);

        Assert.Single(reasons);
        Assert.False(reopened.IsCurrent);
        Assert.Equal(0, reopened.PassageCount);
    }
}
