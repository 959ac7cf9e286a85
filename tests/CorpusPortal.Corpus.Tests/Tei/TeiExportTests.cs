using System.Xml.Linq;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Corpus.Tei;
using CorpusPortal.Ingestion;
using CorpusPortal.Model.Alignment;
using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Corpus.Tests.Tei;

/// <summary>
/// A document as TEI P5: well-formed and in the TEI namespace, its texts unchanged, its notes where their markers
/// stand, its citations marked, its abstracts' sentence pairs linked, and importing it back gives the same document.
/// </summary>
public sealed class TeiExportTests
{
    private static readonly XNamespace T = "http://www.tei-c.org/ns/1.0";
    private static readonly XNamespace X = XNamespace.Xml;

    public static TheoryData<string> Seeds() => new(new CorpusFolder(Path.Combine(Repository.Root, "corpus")).Ids().Order(StringComparer.Ordinal));

    private static Document Seed(string id) => new CorpusFolder(Path.Combine(Repository.Root, "corpus")).Read(id);

    private static XElement Tei(Document document) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(TeiWriter.Write(document, "https://corpus.example.org/documents/" + document.Id)), LoadOptions.PreserveWhitespace).Root!;

    /// <summary>The outline without the importer's notes (they name the lines of the file read, which differ).</summary>
    private static string Outline(Document document) =>
        string.Join('\n', DocumentOutline.Write(document).Split('\n').Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+(info|warning|error) ")));

    private static Document Reimport(Document document) => Importer.Import(TeiWriter.Write(document), document.Id + ".tei.xml");

    /// <summary>A paragraph's text as TEI holds it: its characters without those of the notes inside it.</summary>
    private static string TextOf(XElement element) => string.Concat(element.DescendantNodes().OfType<XText>().Where(t => !t.Ancestors(T + "note").Any()).Select(t => t.Value));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Importing_the_TEI_back_gives_the_same_outline(string id)
    {
        var document = Seed(id);

        var back = Reimport(document);

        Assert.Equal(Outline(document), Outline(back));
        Assert.Equal(document.Paragraphs.Select(p => Emphasis.Format(p.Emphasis)), back.Paragraphs.Select(p => Emphasis.Format(p.Emphasis)));
        Assert.Equal(document.Footnotes.Select(f => Emphasis.Format(f.Emphasis)), back.Footnotes.Select(f => Emphasis.Format(f.Emphasis)));
        Assert.Contains(back.Warnings, w => w.Code == "tei-source");
    }

    private static string FidelityFolder => Path.Combine(Repository.Root, "tests", "CorpusPortal.Ingestion.Tests", "Fidelity");

    public static TheoryData<string> FidelityPapers() => new(CorpusPortal.Benchmarks.Fidelity.FidelityPaper.All(FidelityFolder).Select(p => p.Name));

    [Theory]
    [MemberData(nameof(FidelityPapers))]
    public void Each_paper_of_the_fidelity_set_read_from_its_Word_file_comes_back_from_TEI_with_its_italics(string name)
    {
        var paper = CorpusPortal.Benchmarks.Fidelity.FidelityPaper.Load(Path.Combine(FidelityFolder, name + ".paper"));
        var document = Importer.Import(CorpusPortal.Benchmarks.Fidelity.PaperDocx.Write(paper.Paper, endnotes: paper.EndnotesHeading is not null), name + ".docx");

        var back = Reimport(document);

        Assert.Equal(Outline(document), Outline(back));
        Assert.Equal(document.Paragraphs.Select(p => Emphasis.Format(p.Emphasis)), back.Paragraphs.Select(p => Emphasis.Format(p.Emphasis)));
        Assert.Equal(document.Footnotes.Select(f => Emphasis.Format(f.Emphasis)), back.Footnotes.Select(f => Emphasis.Format(f.Emphasis)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_paragraph_keeps_its_characters_and_each_note_stands_at_its_marker(string id)
    {
        var document = Seed(id);
        var tei = Tei(document);

        Assert.Equal(T + "TEI", tei.Name);
        Assert.Equal(document.Metadata.PrimaryLanguage, (string?)tei.Attribute(X + "lang"));
        var paragraphs = tei.Descendants().Where(e => e.Name == T + "p" || e.Name == T + "item").ToDictionary(p => (string)p.Attribute(X + "id")!);
        foreach (var paragraph in document.Paragraphs)
        {
            var element = paragraphs[paragraph.Anchor];
            Assert.Equal(paragraph.Text, TextOf(element));
            foreach (var marker in paragraph.Markers.Where(m => document.Footnotes.Any(f => f.Number == m.Number && f.MarkerAnchor == paragraph.Anchor)))
            {
                var note = element.Descendants(T + "note").First(n => (string?)n.Attribute("n") == marker.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(marker.Offset, TextBefore(element, note).Length);
                Assert.Equal("foot", (string?)note.Attribute("place"));
                Assert.Equal(document.Footnotes.Single(f => f.Number == marker.Number).Text, note.Value);
            }
        }
        foreach (var section in document.Sections)
        {
            var div = tei.Descendants(T + "div").Single(d => (string?)d.Attribute(X + "id") == section.Anchor);
            Assert.Equal(section.Language, (string?)div.Attribute(X + "lang"));
            Assert.Equal(section.Title, (string?)div.Element(T + "head"));
        }
    }

    private static string TextBefore(XElement paragraph, XElement note) =>
        string.Concat(paragraph.DescendantNodes().TakeWhile(n => n != note).OfType<XText>().Where(t => !t.Ancestors(T + "note").Any()).Select(t => t.Value));

    [Fact]
    public void Archival_citations_are_refs_to_the_archive_fonds_and_unit_they_cite()
    {
        var document = Seed("001_4fca9fe008e145b8");
        var tei = Tei(document);
        var citations = document.Citations.OfType<ArchivalCitation>().ToList();

        var refs = tei.Descendants(T + "ref").Where(r => (string?)r.Attribute("type") == "archival").ToList();
        Assert.Equal(citations.Count, refs.Count);
        Assert.Equal(citations.Select(c => c.Raw), refs.Select(r => r.Value));
        var bibls = tei.Descendants(T + "bibl").Where(b => b.Attribute(X + "id") is not null).ToDictionary(b => "#" + (string)b.Attribute(X + "id")!);
        foreach (var (citation, reference) in citations.Zip(refs))
        {
            var bibl = bibls[(string)reference.Attribute("target")!];
            string? Idno(string type) => bibl.Elements(T + "idno").SingleOrDefault(i => (string?)i.Attribute("type") == type)?.Value;
            Assert.Equal(citation.Archive, Idno("archive"));
            Assert.Equal(citation.Fonds, Idno("fonds"));
            Assert.Equal(citation.Unit, Idno("unit"));
            Assert.Equal(citation.Date, (string?)bibl.Element(T + "date")?.Attribute("when"));
        }
        Assert.Equal(document.Citations.OfType<AuthorYearCitation>().Count(), tei.Descendants(T + "ref").Count(r => (string?)r.Attribute("type") == "author-year"));
    }

    [Fact]
    public void The_abstracts_sentences_are_linked_pair_by_pair()
    {
        var tei = Tei(Seed("001_4fca9fe008e145b8"));

        var group = tei.Descendants(T + "linkGrp").Single();
        Assert.Equal("#abstract-tr #abstract-en", (string?)group.Attribute("domains"));
        Assert.Equal("automatic", (string?)group.Attribute("subtype"));
        var sentences = tei.Descendants(T + "s").ToDictionary(s => "#" + (string)s.Attribute(X + "id")!, s => s);
        var links = group.Elements(T + "link").Select(l => ((string)l.Attribute("target")!).Split(' ')).ToList();
        Assert.Equal(14, links.Count);
        Assert.Equal("Sovyet lider Mihail Gorbaçov’un istifasının ardından Sovyetler Birliği’nin çöküş süreci hız kazandı.", sentences[links[0][0]].Value);
        Assert.Equal("After the resignation of Soviet leader Mikhail Gorbachev, the process of the collapse of the Soviet Union accelerated.", sentences[links[0][1]].Value);
    }

    [Fact]
    public void The_header_carries_the_record_and_reads_back()
    {
        var document = Seed("002_f68ce36b87b3d29e") is var seed ? seed with
        {
            Metadata = seed.Metadata with
            {
                Authors = [new CorpusPortal.Model.Bibliography.Author("Deneme", "Ayşe") { Affiliation = "Atatürk Üniversitesi", Orcid = "0000-0002-1825-0097" }],
                Publication = new CorpusPortal.Model.Bibliography.Publication
                {
                    Container = "Kafkas Araştırmaları Dergisi", Volume = "12", Issue = "3", Pages = "45-67", Doi = "10.1234/kad.2021.45",
                    Url = "https://dergipark.org.tr/tr/pub/kad/issue/1/2", Published = new(2021, 6, 30), Received = new(2021, 1, 4), Licence = "CC BY-NC 4.0",
                },
            },
        } : null!;
        var tei = Tei(document);

        var analytic = tei.Descendants(T + "analytic").Single();
        Assert.Equal("Deneme", analytic.Descendants(T + "surname").Single().Value);
        Assert.Equal("10.1234/kad.2021.45", analytic.Elements(T + "idno").Single(i => (string?)i.Attribute("type") == "DOI").Value);
        Assert.Equal("Kafkas Araştırmaları Dergisi", tei.Descendants(T + "monogr").Single().Element(T + "title")!.Value);
        Assert.Equal("2021-06-30", (string?)tei.Descendants(T + "date").First(d => (string?)d.Attribute("type") == "published").Attribute("when"));
        var back = Reimport(document);
        Assert.Equal(document.Metadata.Authors, back.Metadata.Authors);
        Assert.Equal(document.Metadata.Publication, back.Metadata.Publication);
        Assert.Equal(document.Metadata.Titles.OrderBy(t => t.Key), back.Metadata.Titles.OrderBy(t => t.Key));
        Assert.Equal(document.Metadata.Kind, back.Metadata.Kind);
    }

    private static Paragraph Paragraph(string anchor, string text, params Emphasis[] italics) =>
        new() { Anchor = anchor, Text = text, Emphasis = italics, Source = SourceMap.Single(new SourcePosition(1, 1), text.Length) };

    [Fact]
    public void Lists_sections_without_a_parent_level_notes_without_markers_and_an_editors_alignment_come_back()
    {
        var turkish = "Birinci cümle burada. İkinci cümle de burada.";
        var english = "The first and second sentences are here.";
        var document = new Document
        {
            Metadata = new DocumentMetadata { Id = "sinama", Kind = DocumentKind.JournalArticle, PrimaryLanguage = "tr", SourceFile = "sinama.txt", Titles = new Dictionary<string, string> { ["tr"] = "Sınama" } },
            Sections =
            [
                new Section { Anchor = "abstract-tr", Kind = SectionKind.Abstract, Language = "tr", Title = "Öz", Blocks = [Paragraph("p-1", turkish, new Emphasis(9, 20))] },
                new Section { Anchor = "abstract-en", Kind = SectionKind.Abstract, Language = "en", Title = "Abstract", Blocks = [Paragraph("p-2", english)] },
                new Section { Anchor = "yontem", Kind = SectionKind.Body, Language = "tr", Level = 2, Number = "2.1", Title = "Yöntem", Blocks =
                [
                    Paragraph("p-3", "Madde bir") with { IsListItem = true },
                    Paragraph("p-4", "Madde iki") with { IsListItem = true },
                    Paragraph("p-5", "An English quotation inside.") with { Language = "en", Markers = [new FootnoteMarker(7, 10)] },
                ] },
            ],
            Footnotes = [new Footnote { Number = 3, Text = "Yeri bilinmeyen bir not.", Source = SourceMap.Single(new SourcePosition(9, 1), 24) }],
            Alignments = [new SectionAlignment("abstract-tr", "abstract-en", [new AlignedPair([new TextRange("p-1", 0, turkish.Length)], [new TextRange("p-2", 0, english.Length)])])],
        };

        var back = Reimport(document);

        Assert.Equal(Outline(document), Outline(back));
        Assert.Equal([true, true, false], back.Sections[2].Blocks.OfType<Paragraph>().Select(p => p.IsListItem));
        Assert.Equal("en", back.Paragraphs.Last().Language);
        Assert.Equal([new FootnoteMarker(7, 10)], back.Paragraphs.Last().Markers);
        Assert.Equal(2, back.Sections[2].Level);
        // The italics cross the end of a sentence: cut there in the TEI, one stretch again when read back.
        Assert.Equal([new Emphasis(9, 20)], back.Paragraphs.First().Emphasis);
        var alignment = Assert.Single(back.Alignments);
        Assert.Equal(document.Alignments[0].Pairs.Select(p => (p.Left.Single(), p.Right.Single())), alignment.Pairs.Select(p => (p.Left.Single(), p.Right.Single())));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>", "not well-formed")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY x \"y\">]><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body><p>&x;</p></body></text></TEI>", "DTD")]
    [InlineData("<?xml version=\"1.0\"?><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>a</p></body></text></TEI>", "no teiHeader")]
    [InlineData("<?xml version=\"1.0\"?><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body><div><head>Boş</head></div></body></text></TEI>", "no paragraphs")]
    public void A_TEI_file_that_cannot_be_read_is_refused_with_what_is_wrong(string xml, string problem)
    {
        var refused = Assert.Throws<ImportException>(() => Importer.Import(System.Text.Encoding.UTF8.GetBytes(xml), "bozuk.tei.xml"));

        Assert.Contains(problem, refused.Message, StringComparison.Ordinal);
    }
}
