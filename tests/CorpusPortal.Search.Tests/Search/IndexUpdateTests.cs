using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Index;
using Microsoft.Data.Sqlite;

namespace CorpusPortal.Search.Tests.Search;

/// <summary>Updating one document gives the same index as rebuilding; a stale index is rebuilt on opening.</summary>
public sealed class IndexUpdateTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-index-" + Guid.NewGuid().ToString("N"));
    private readonly CorpusFolder _corpus = new(Path.Combine(ReferenceData.Root, "corpus"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Every row of both tables, without the row ids, in a fixed order.</summary>
    private static List<string> Rows(SearchIndex index)
    {
        using var connection = new SqliteConnection($"Data Source={index.Path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.doc, p.anchor, p.section, p.section_title, p.kind, p.language, ifnull(p.year, ''), p.text, t.exact, t.stem, t.folded, t.archival
            FROM passages p JOIN passage_terms t ON t.rowid = p.id ORDER BY p.doc, p.anchor
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    [Fact]
    public void Updating_a_changed_document_equals_rebuilding_with_it()
    {
        var documents = _corpus.ReadAll().ToList();
        var changed = Edit(documents.Single(d => d.Id.StartsWith("000_", StringComparison.Ordinal)));
        using var updated = SearchIndex.Open(Path.Combine(_folder, "updated"), WordList.Empty);
        updated.Rebuild(documents);
        var before = Rows(updated);

        updated.Update(changed);

        using var rebuilt = SearchIndex.Open(Path.Combine(_folder, "rebuilt"), WordList.Empty);
        rebuilt.Rebuild(documents.Select(d => d.Id == changed.Id ? changed : d));
        Assert.Equal(Rows(rebuilt), Rows(updated));
        Assert.NotEqual(before, Rows(updated));
    }

    [Fact]
    public void Removing_a_document_leaves_no_passage_of_it()
    {
        using var index = SearchIndex.Open(_folder, WordList.Empty);
        index.Rebuild(_corpus.ReadAll());

        index.Remove("003_94344ba106347a29");

        Assert.DoesNotContain("003_94344ba106347a29", index.DocumentIds());
        Assert.Equal(3, index.DocumentIds().Count);
    }

    [Fact]
    public void A_stale_or_incomplete_index_is_rebuilt_on_opening()
    {
        using (var index = CorpusIndex.OpenCurrent(_corpus, _folder))
        {
            Assert.True(index.IsCurrent);
            index.Remove("001_4fca9fe008e145b8");
        }
        using (var reopened = CorpusIndex.OpenCurrent(_corpus, _folder))
        {
            Assert.Equal(_corpus.Ids(), reopened.DocumentIds());
        }
        using (var other = SearchIndex.Open(_folder, new WordList(["köprü"])))
        {
            Assert.False(other.IsCurrent); // other protected words: another stamp
        }
    }

    private static Document Edit(Document document)
    {
        var section = document.Sections[0];
        var paragraph = (Paragraph)section.Blocks[0];
        var edited = paragraph with { Text = paragraph.Text + " Hasret Köprüsü eklendi." };
        return document with { Sections = [section with { Blocks = [edited, .. section.Blocks.Skip(1)] }, .. document.Sections.Skip(1)] };
    }
}
