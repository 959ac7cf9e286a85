using CorpusPortal.Corpus.Markdown;

namespace CorpusPortal.Corpus.Tests.Validation;

/// <summary>
/// Canonical files an editor can paste that the portal cannot serve are refused when read, with the file and the
/// line: never read into a document that later breaks a page, the index or a start-up (issue 14).
/// </summary>
public sealed class InvalidFileTests
{
    private const string Front = "---\nid: deneme\nkind: journal-article\nlanguage: tr\nsource: deneme.txt\ntitle: {tr: Deneme}\nauthors: [Ayşe Deneme]\n---\n\n";

    private static CorpusFormatException Refused(string text) =>
        Assert.Throws<CorpusFormatException>(() => CanonicalReader.Read(text, "deneme.md"));

    [Fact]
    public void A_paragraph_anchored_as_a_footnote_is_refused_at_its_line()
    {
        var e = Refused(Front + "# Giriş {#giris}\n\nMetin köprü.[^1] {#fn-1}\n\n[^1]: Dipnot. {#fn-1}\n");

        Assert.Equal(12, e.Line);
        Assert.Contains("fn-1", e.Problem);
        Assert.Contains("footnote", e.Problem);
    }

    [Theory]
    [InlineData("em=\"3:40\"")]
    [InlineData("em=\"italik\"")]
    public void Italics_that_leave_the_text_are_refused_at_their_line(string attribute)
    {
        var e = Refused(Front + $"Bir paragraf. {{#p-1 {attribute}}}\n");

        Assert.Equal(10, e.Line);
        Assert.Contains("em=", e.Problem);
    }

    [Fact]
    public void The_same_anchor_on_two_paragraphs_is_refused_at_the_second()
    {
        var e = Refused(Front + "Bir. {#p-1}\n\nİki. {#p-1}\n");

        Assert.Equal(12, e.Line);
        Assert.Contains("'p-1'", e.Problem);
        Assert.Contains("line 10", e.Problem);
    }

    [Fact]
    public void Two_footnotes_with_one_number_are_refused()
    {
        var e = Refused(Front + "Metin.[^1] Daha.[^01]\n\n[^1]: Bir.\n\n[^01]: İki.\n");

        Assert.Equal(14, e.Line);
        Assert.Contains("footnote 1", e.Problem);
    }

    [Fact]
    public void Yaml_aliases_are_refused_so_a_small_file_cannot_grow_when_read()
    {
        var authors = string.Join(", ", Enumerable.Repeat("*a", 2000));
        var text = $"---\nid: deneme\nkind: other\nlanguage: tr\nsource: &a {new string('x', 1000)}\nauthors: [{authors}]\n---\n\nMetin.\n";

        var e = Refused(text);

        Assert.Equal(6, e.Line);
        Assert.Contains("alias", e.Problem);
    }

    [Theory]
    [InlineData("language: ~", 4, "language")]
    [InlineData("language: 'tr; drop'", 4, "language")]
    [InlineData("title: {tr: ~}", 6, "title")]
    [InlineData("title: {tr: '  '}", 6, "title")]
    [InlineData("authors: [~]", 7, "author")]
    [InlineData("import-notes: [{severity: info}]", 8, "note")]
    [InlineData("import-notes: [{code: x, severity: fatal, message: m}]", 8, "severity")]
    [InlineData("keywords: {tr: {label: Anahtar, terms: [~]}}", 8, "keyword")]
    [InlineData("year: 99999", 8, "year")]
    [InlineData("id: ../../etc/x", 2, "id")]
    [InlineData("id: \"deneme\\n\"", 2, "id")]
    [InlineData("source: ../../etc/passwd", 5, "source")]
    [InlineData("authors: [{given: Ayşe}]", 7, "family")]
    [InlineData("authors: [{family: Deneme, orcid: 0000-0002-1825-0098}]", 7, "ORCID")]
    [InlineData("authors: [{family: Deneme, role: editor}]", 7, "role")]
    [InlineData("published: 2021-02-30", 8, "not a date")]
    [InlineData("published: 0999", 8, "between 1000 and 2100")]
    [InlineData("received: 30.06.2021", 8, "not a date")]
    [InlineData("doi: 12.34/x", 8, "not a DOI")]
    [InlineData("url: javascript:alert(1)", 8, "not a web address")]
    [InlineData("volume: \"18\\n19\"", 8, "line break")]
    public void Empty_or_impossible_front_matter_values_are_refused_at_their_line(string field, int line, string named)
    {
        var key = field[..field.IndexOf(':', StringComparison.Ordinal)];
        var lines = Front.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (at < 0)
        {
            lines.Insert(7, field);
        }
        else
        {
            lines[at] = field;
        }

        var e = Refused(string.Join('\n', lines) + "Metin.\n");

        Assert.Equal(line, e.Line);
        Assert.Contains(named, e.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_file_may_not_give_both_the_old_year_and_published()
    {
        var e = Refused(Front.Replace("authors: [Ayşe Deneme]\n", "authors: []\nyear: 2021\npublished: 2021-06\n", StringComparison.Ordinal) + "Metin.\n");

        Assert.Equal(8, e.Line);
        Assert.Contains("keep published", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_authors_are_refused()
    {
        var authors = string.Join(", ", Enumerable.Range(1, 1001).Select(i => $"Yazar {i}"));

        var e = Refused(Front.Replace("authors: [Ayşe Deneme]", $"authors: [{authors}]", StringComparison.Ordinal) + "Metin.\n");

        Assert.Contains("authors", e.Problem);
    }

    [Fact]
    public void A_truncated_file_is_reported_as_front_matter_that_is_not_closed()
    {
        var e = Refused("---\nid: deneme\nkind: journal-article\nlangu");

        Assert.Equal(1, e.Line);
        Assert.Contains("not closed", e.Problem);
    }

    [Fact]
    public void Markdown_nested_thousands_deep_is_refused_or_read_but_never_crashes()
    {
        var text = Front + new string('>', 5000) + " derin\n\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => new string(' ', i % 4) + "- ")) + "liste\n";

        var outcome = Record.Exception(() => CanonicalReader.Read(text, "deneme.md"));

        Assert.True(outcome is null or CorpusFormatException, outcome?.ToString());
    }
}
