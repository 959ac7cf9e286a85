using CorpusPortal.Model.Bibliography;
using CorpusPortal.Search.Results;

namespace CorpusPortal.Search.Tests.Search;

/// <summary>
/// author:, title: and keyword: find a document's passages by its record, Turkish-aware and folded, matching the
/// beginning of a word; with words they narrow a search, alone they list the passages.
/// </summary>
public sealed class BibliographicFilterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-index-" + Guid.NewGuid().ToString("N"));
    private readonly CorpusPortal.Search.Engine.PassageIndex _index;

    public BibliographicFilterTests()
    {
        var corpus = new CorpusPortal.Corpus.Store.CorpusFolder(Path.Combine(ReferenceData.Root, "corpus"));
        _index = CorpusPortal.Search.Engine.PassageIndex.Open(_folder, SeedIndex.ProtectedWords);
        _index.Rebuild(corpus.ReadAll().Select(d => (d.Id switch
        {
            "002_f68ce36b87b3d29e" => d with { Metadata = d.Metadata with { Authors = [new Author("Öztürk", "İsmail"), new Author("Deneme", "Ayşe Nur")] } },
            "001_4fca9fe008e145b8" => d with { Metadata = d.Metadata with { Authors = [new Author("Işık", "Can")] } },
            _ => d,
        }, (string?)null)));
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private SearchResult Search(string query)
    {
        using var searcher = new CorpusPortal.Search.Engine.LuceneSearcher(_index, null);
        return searcher.Search(query, 500);
    }

    private static IEnumerable<string> Documents(SearchResult result) => result.Hits.Select(h => h.Document).Distinct();

    [Theory]
    [InlineData("author:ozturk")]
    [InlineData("author:Öztürk")]
    [InlineData("author:ÖZTÜRK")]
    [InlineData("author:denem")]
    [InlineData("author:ayşe author:nur")]
    public void An_author_filter_alone_lists_the_passages_of_that_author_s_documents(string query)
    {
        var result = Search(query);

        Assert.Null(result.Error);
        Assert.Equal(["002_f68ce36b87b3d29e"], Documents(result));
        Assert.True(result.Total > 50, $"{result.Total}");
    }

    [Fact]
    public void Dotted_and_dotless_I_are_different_letters_until_folded()
    {
        Assert.Equal(["001_4fca9fe008e145b8"], Documents(Search("author:ışık")));
        Assert.Equal(["001_4fca9fe008e145b8"], Documents(Search("author:isik")));
        Assert.Equal(["001_4fca9fe008e145b8"], Documents(Search("author:IŞIK")));
    }

    [Fact]
    public void With_words_a_filter_narrows_the_search()
    {
        var all = Search("Karabağ");
        var narrowed = Search("Karabağ author:ozturk");

        Assert.Contains("001_4fca9fe008e145b8", Documents(all));
        Assert.Equal(["002_f68ce36b87b3d29e"], Documents(narrowed));
        Assert.True(narrowed.Total < all.Total);
    }

    [Theory]
    [InlineData("title:crossroads", "002_f68ce36b87b3d29e")]
    [InlineData("title:strategic title:allian", "001_4fca9fe008e145b8")]
    [InlineData("keyword:kafkasya", "001_4fca9fe008e145b8")]
    [InlineData("keyword:ikinci", "002_f68ce36b87b3d29e")]
    public void Title_and_keyword_filters_find_a_document_by_the_beginning_of_a_word(string query, string document)
    {
        Assert.Equal([document], Documents(Search(query)));
    }

    [Fact]
    public void A_filter_with_nothing_to_look_for_is_refused_in_words()
    {
        var result = Search("author:''");

        Assert.Equal("bad-words", result.Error?.Code);
    }
}
