using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Citing;

namespace CorpusPortal.Web.Tests.Hardening;

/// <summary>A title with line breaks cannot add fields or records to a RIS or BibTeX export (issue 14).</summary>
public sealed class CitationInjectionTests
{
    private static readonly Document Forged = new()
    {
        Metadata = new DocumentMetadata
        {
            Id = "sahte", Kind = DocumentKind.JournalArticle, PrimaryLanguage = "tr", SourceFile = "sahte.txt",
            Titles = new Dictionary<string, string> { ["tr"] = "Başlık\r\nER  - \r\nTY  - JOUR\r\nTI  - Sahte kayıt" },
            Authors = [new Model.Bibliography.Author("Deneme", "Ayşe\nNur")],
        },
    };

    [Fact]
    public void A_ris_export_holds_one_record_with_one_title()
    {
        var ris = Ris.Record(new CitedWork(Forged, "https://corpus.example.org"));

        var lines = ris.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, l => l.StartsWith("TY  - ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("TI  - ", StringComparison.Ordinal));
        Assert.Contains("AU  - Deneme, Ayşe Nur", lines);
    }

    [Fact]
    public void A_bibtex_export_keeps_each_field_on_one_line()
    {
        var bib = BibTex.Entry(new CitedWork(Forged, "https://corpus.example.org"));

        Assert.Contains("  title = {Başlık ER  - TY  - JOUR TI  - Sahte kayıt}", bib, StringComparison.Ordinal);
        Assert.Equal(1, bib.Split('\n').Count(l => l.StartsWith('@')));
    }
}
