namespace CorpusPortal.Text.Tests;

public sealed class DocumentIdsTests
{
    [Theory]
    [InlineData("002_f68ce36b87b3d29e", true)]
    [InlineData("kopru-acilisi", true)]
    [InlineData("Köprü", false)]
    [InlineData("../etc", false)]
    [InlineData("-kopru", false)]
    public void Ids_are_lowercase_ascii_letters_digits_underscores_and_hyphens(string id, bool valid) =>
        Assert.Equal(valid, DocumentIds.IsValid(id));

    [Theory]
    [InlineData("/tmp/002_f68ce36b87b3d29e.txt", "002_f68ce36b87b3d29e")]
    [InlineData("Köprü Açılışı.docx", "kopru-acilisi")]
    [InlineData("Café_Notes.pdf", "cafe-notes")]
    public void A_file_name_gives_its_id(string file, string id) =>
        Assert.Equal(id, DocumentIds.FromFileName(file));

    [Fact]
    public void A_file_name_without_letters_or_digits_gives_none() =>
        Assert.Null(DocumentIds.FromFileName("___.txt"));
}
