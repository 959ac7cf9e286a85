using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Search.Index;

/// <summary>Cuts a document into passages: every paragraph, footnote and table, in reading order.</summary>
public static class PassageExtractor
{
    public static IEnumerable<Passage> Passages(Document document)
    {
        var units = document.Citations.OfType<ArchivalCitation>()
            .ToLookup(c => c.Location.Anchor, ArchivalTerms.Of, StringComparer.Ordinal);
        var year = document.Metadata.Year;
        var authors = document.Metadata.Authors.Select(a => a.Name).ToList();
        var keywords = document.Metadata.Keywords.SelectMany(k => k.Terms).ToList();
        foreach (var section in document.Sections)
        {
            var kind = section.IsAbstract ? PassageKind.Abstract : PassageKind.Body;
            foreach (var block in section.Blocks)
            {
                var passage = block switch
                {
                    Paragraph p => new Passage
                    {
                        Document = document.Id, Anchor = p.Anchor, Section = section.Anchor, SectionTitle = section.Title ?? "",
                        Kind = kind, Language = p.Language ?? section.Language, Year = year, Text = p.Text,
                    },
                    Table t => new Passage
                    {
                        Document = document.Id, Anchor = t.Anchor, Section = section.Anchor, SectionTitle = section.Title ?? "",
                        Kind = PassageKind.Table, Language = section.Language, Year = year, Text = TableText(t),
                    },
                    _ => null,
                };
                if (passage is not null)
                {
                    yield return passage with
                    {
                        ArchivalUnits = units[passage.Anchor].Distinct(StringComparer.Ordinal).ToList(),
                        Titles = document.Metadata.Titles, Authors = authors, Keywords = keywords,
                    };
                }
            }
        }
        foreach (var note in document.Footnotes)
        {
            yield return new Passage
            {
                Document = document.Id, Anchor = note.Anchor, Section = "", SectionTitle = "",
                Kind = PassageKind.Footnote, Language = document.Metadata.PrimaryLanguage, Year = year, Text = note.Text,
                ArchivalUnits = units[note.Anchor].Distinct(StringComparer.Ordinal).ToList(),
                Titles = document.Metadata.Titles, Authors = authors, Keywords = keywords,
            };
        }
    }

    /// <summary>A table as text: caption, rows (cells separated by " | "), source note.</summary>
    private static string TableText(Table table) => string.Join("\n",
        new[] { table.Caption }.Concat(table.Rows.Select(r => string.Join(" | ", r))).Append(table.SourceNote)
            .Where(line => !string.IsNullOrWhiteSpace(line)));
}
