using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;

namespace CorpusPortal.Analysis.Tests;

/// <summary>
/// The analysis every corpus read runs, on a document built by hand (no importer): footnotes linked to their markers,
/// archival, author-year and bibliographic citations found where they stand, back-references resolved.
/// </summary>
public sealed class DocumentAnalyzerTests
{
    private const string Text = "Karar alınmıştır (BCA. 30-18-1-2/669-133-4, 05.01.1991). İlişkiler gelişmiştir (Aslanlı, 2012: 177).";

    private static Document Paper(params string[] notes) => new()
    {
        Metadata = new DocumentMetadata { Id = "elle", Kind = DocumentKind.JournalArticle, PrimaryLanguage = "tr", SourceFile = "elle.txt" },
        Sections =
        [
            new Section
            {
                Anchor = "giris",
                Kind = SectionKind.Body,
                Language = "tr",
                Title = "Giriş",
                Blocks =
                [
                    new Paragraph
                    {
                        Anchor = "p-1",
                        Text = Text,
                        Source = SourceMap.Single(new SourcePosition(3, 1), Text.Length),
                        Markers = [.. notes.Select((_, i) => new FootnoteMarker(i + 1, Text.Length))],
                    },
                ],
            },
        ],
        Footnotes = [.. notes.Select((note, i) => new Footnote { Number = i + 1, Text = note, Source = SourceMap.Single(new SourcePosition(5 + i, 1), note.Length) })],
    };

    [Fact]
    public void Finds_an_archival_and_an_author_year_citation_where_they_stand()
    {
        var analysed = DocumentAnalyzer.Analyze(Paper());

        var archival = Assert.Single(analysed.Citations.OfType<ArchivalCitation>());
        Assert.Equal(("BCA", "30-18-1-2", "669-133-4", "1991-01-05"), (archival.Archive, archival.Fonds, archival.Unit, archival.Date));
        Assert.Equal("BCA. 30-18-1-2/669-133-4, 05.01.1991", Text.Substring(archival.Location.Offset, archival.Location.Length));
        var authorYear = Assert.Single(analysed.Citations.OfType<AuthorYearCitation>());
        Assert.Equal(["Aslanlı"], authorYear.Authors);
        Assert.Equal("2012", authorYear.Year);
    }

    [Fact]
    public void Links_each_note_to_its_marker_and_resolves_back_references_in_any_case()
    {
        var analysed = DocumentAnalyzer.Analyze(Paper(
            "Muharrem Ekşi, Türkiye-Azerbaycan İlişkileri, Ankara, 2009, s. 107.",
            "AYNI ESER, s. 110.",
            "İBİD., s. 112."));

        Assert.All(analysed.Footnotes, note => Assert.Equal("p-1", note.MarkerAnchor));
        var works = analysed.Citations.OfType<BibliographicCitation>().OrderBy(c => c.FootnoteNumber).ToList();
        Assert.Equal("Türkiye-Azerbaycan İlişkileri", works[0].Title);
        Assert.All(works.Skip(1), back => Assert.Equal(1, back.RefersTo));
    }
}
