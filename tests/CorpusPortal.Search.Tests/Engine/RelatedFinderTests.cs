using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Results;
using CorpusPortal.Search.Tests.Search;

namespace CorpusPortal.Search.Tests.Engine;

/// <summary>Related passages: MoreLikeThis over the stems, across languages through the glossary.</summary>
public sealed class RelatedFinderTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private List<RelatedPassage> RelatedTo(string id)
    {
        var finder = new RelatedFinder(seeds.Index, seeds.Glossary);
        var document = seeds.Corpus.Read(id);
        return RelatedPassages.Candidates(document).SelectMany(p => finder.ForPassage(p, id)).ToList();
    }

    [Fact]
    public void An_English_news_article_finds_related_passages_in_English_and_through_the_glossary_in_Turkish()
    {
        var related = RelatedTo("003_94344ba106347a29");

        Assert.Contains(related, r => r.Language == "en" && r.Document == "000_91073a8e0371b68b" && r.SharedWords.Contains("Eurasian"));
        var turkish = Assert.Single(related.Where(r => r.Language == "tr").Take(1));
        // The words shared are given as the Turkish text has them (Moskova for Moscow), not as stems.
        Assert.All(turkish.SharedWords, w => Assert.Contains(w, turkish.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Never_the_passage_s_own_document_nor_a_footnote()
    {
        var related = RelatedTo("002_f68ce36b87b3d29e");

        Assert.NotEmpty(related);
        Assert.DoesNotContain(related, r => r.Document == "002_f68ce36b87b3d29e");
        Assert.DoesNotContain(related, r => r.Anchor.StartsWith("fn-", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_that_say_nothing_of_a_subject_are_not_what_passages_share()
    {
        var related = RelatedTo("003_94344ba106347a29");

        var shared = related.SelectMany(r => r.SharedWords).Select(w => w.ToLowerInvariant()).ToHashSet();
        Assert.DoesNotContain("however", shared);
        Assert.DoesNotContain("from", shared);
        Assert.DoesNotContain("which", shared);
    }
}
