using CorpusPortal.Model.Citations;

namespace CorpusPortal.Ingestion.Tests.Archives;

/// <summary>The checks for mistyped references work for every archive of the registry, not only the Republican Archives.</summary>
public sealed class ArchivalChecksTests
{
    [Fact]
    public void The_same_Ottoman_unit_cited_with_two_dates_is_pointed_at()
    {
        var document = Importer.ImportText("Giriş\n\nİlk belge (BOA, HR.SYS, 2878/45, 14.03.1921) ve yine aynı belge (BOA, HR.SYS, Dosya: 2878, Gömlek: 45, 14.03.1922).\n", "boa.txt");

        var warning = Assert.Single(document.Warnings, w => w.Code == "archival-date-mismatch");
        Assert.Contains("BOA HR.SYS/2878/45 is cited with 2 dates", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Russian_unit_under_a_fonds_cited_once_beside_the_usual_one_is_a_probable_typo()
    {
        var document = Importer.ImportText(
            "Introduction\n\nThe decision (RGASPI, f. 17, op. 3, d. 45, l. 2, 05.01.1930) was sent on (RGASPI, f. 17, op. 3, d. 45, 05.01.1930) and read (RGASPI, f. 71, op. 3, d. 45, 05.01.1930).\n",
            "rgaspi.txt");

        var warning = Assert.Single(document.Warnings, w => w.Code == "archival-probable-typo");
        Assert.Contains("RGASPI 71/3/45", warning.Message, StringComparison.Ordinal);
        Assert.Contains("is probably RGASPI 17/3/45", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_spelling_of_an_Ottoman_reference_is_filed_under_one_key()
    {
        var document = Importer.ImportText("Giriş\n\nBelge (BOA, DH.MKT, 12/5), yine (BOA, DH.MKT, Dosya: 12, Gömlek: 5) ve (BA. DH.MKT, D. 12, G. 5).\n", "boa.txt");

        var keys = document.Citations.OfType<ArchivalCitation>().Select(c => c.Key).Distinct().ToList();

        Assert.Equal(["BOA DH.MKT/12/5"], keys);
    }
}
