using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;

namespace CorpusPortal.Corpus.Tests.Validation;

/// <summary>A save checks the whole document as a reader would, before anything reaches the disk.</summary>
public sealed class SaveTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "corpus-save-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static Document WithParagraphAnchors(params string[] anchors) => new()
    {
        Metadata = new DocumentMetadata { Id = "deneme", Kind = DocumentKind.Other, PrimaryLanguage = "tr", SourceFile = "deneme.txt" },
        Sections =
        [
            new Section
            {
                Anchor = "body", Kind = SectionKind.Body, Language = "tr",
                Blocks = anchors.Select(a => (Block)new Paragraph { Anchor = a, Text = "Metin " + a, Source = SourceMap.Single(new SourcePosition(1, 1), 8) }).ToList(),
            },
        ],
        Footnotes = [new Footnote { Number = 1, Text = "Dipnot.", Source = SourceMap.Single(new SourcePosition(2, 1), 7) }],
    };

    [Fact]
    public void A_document_that_would_not_read_back_is_not_written()
    {
        var folder = new CorpusFolder(_root);

        Assert.Throws<CorpusFormatException>(() => folder.Save(WithParagraphAnchors("p-1", "fn-1")));

        Assert.False(folder.Exists("deneme"));
        Assert.Empty(Directory.Exists(_root) ? Directory.EnumerateFileSystemEntries(_root) : []);
    }

    [Fact]
    public void A_failed_save_leaves_the_previous_version_as_it_was()
    {
        var folder = new CorpusFolder(_root);
        folder.Save(WithParagraphAnchors("p-1", "p-2"));
        var before = File.ReadAllBytes(folder.PathOf("deneme"));

        Assert.Throws<CorpusFormatException>(() => folder.Save(WithParagraphAnchors("p-1", "p-1")));

        Assert.Equal(before, File.ReadAllBytes(folder.PathOf("deneme")));
    }
}
