using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Index;
using CorpusPortal.Search.Results;

namespace CorpusPortal.Search.Tests.Search;

/// <summary>Nothing a document holds can become markup in a snippet.</summary>
public sealed class SnippetSafetyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-index-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("<script>alert('köprü')</script>")]
    [InlineData("<img src=x onerror=alert(1)> köprü")]
    [InlineData("köprü <a href=\"javascript:alert(1)\">tıkla</a>")]
    [InlineData("köprü &lt;script&gt; \" ' &amp;")]
    public void Markup_in_a_passage_is_escaped_in_its_snippet(string text)
    {
        using var index = CorpusPortal.Search.Engine.PassageIndex.Open(_folder, WordList.Empty);
        index.Rebuild([(Document(text), null)]);
        using var searcher = new CorpusPortal.Search.Engine.LuceneSearcher(index);

        var hit = Assert.Single(searcher.Search("köprü").Hits);

        var withoutMarks = hit.Snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.DoesNotContain('<', withoutMarks);
        Assert.DoesNotContain('>', withoutMarks);
        Assert.Equal(text, System.Net.WebUtility.HtmlDecode(withoutMarks));
        Assert.Equal(text, hit.Text);
    }

    private static Document Document(string text) => new()
    {
        Metadata = new DocumentMetadata { Id = "xss", Kind = DocumentKind.Other, PrimaryLanguage = "tr", SourceFile = "xss.txt" },
        Sections =
        [
            new Section
            {
                Anchor = "body", Kind = SectionKind.Body, Language = "tr", Level = 1,
                Blocks = [new Paragraph { Anchor = "p-1", Text = text, Source = SourceMap.Single(new SourcePosition(1, 1), text.Length) }],
            },
        ],
    };
}
