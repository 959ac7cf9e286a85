using System.Globalization;
using CorpusPortal.Model.Warnings;
using System.Text;
using CorpusPortal.Model.Citations;

namespace CorpusPortal.Model.Documents;

/// <summary>
/// A plain-text dump of a document's structure, one node per line, for spec tests and for editors who want
/// to see at a glance what the importer made of a text.
/// </summary>
public static class DocumentOutline
{
    public static string Write(Document document, bool fullText = true)
    {
        var text = new StringBuilder();
        var meta = document.Metadata;
        Line(text, 0, $"document {meta.Id} kind={meta.Kind} language={meta.PrimaryLanguage}{(meta.Year is { } y ? $" year={y}" : "")}");
        foreach (var (language, title) in meta.Titles.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Line(text, 1, $"title {language}: {title}");
        }
        foreach (var author in meta.Authors)
        {
            Line(text, 1, $"author {author.Inverted}{(author.Affiliation is { } a ? $" | {a}" : "")}{(author.Orcid is { } o ? $" | orcid {o}" : "")}");
        }
        if (Publication(meta.Publication) is { Length: > 0 } publication)
        {
            Line(text, 1, "publication " + publication);
        }
        foreach (var keywords in meta.Keywords)
        {
            Line(text, 1, $"keywords {keywords.Language}: {string.Join(" | ", keywords.Terms)}");
        }
        foreach (var section in document.Sections)
        {
            var number = section.Number is null ? "" : $" {section.Number}";
            var title = section.Title is null ? "" : $" \"{section.Title}\"";
            Line(text, section.Level, $"section #{section.Anchor} {section.Kind} {section.Language}{number}{title}");
            foreach (var block in section.Blocks)
            {
                WriteBlock(text, section.Level + 1, block, fullText);
            }
        }
        foreach (var note in document.Footnotes)
        {
            Line(text, 1, $"footnote {note.Number} <- {note.MarkerAnchor ?? "(no marker)"}: {Clip(note.Text, fullText)}");
        }
        foreach (var citation in document.Citations)
        {
            Line(text, 1, Describe(citation));
        }
        foreach (var warning in document.Warnings)
        {
            Line(text, 1, $"{warning.Severity.Name()} {warning.Code} (line {warning.Line?.ToString(CultureInfo.InvariantCulture) ?? "-"}): {warning.Message}");
        }
        return text.ToString();
    }

    /// <summary>The publication's fields that are known, the year aside (the document line gives it) unless the date is fuller.</summary>
    private static string Publication(CorpusPortal.Model.Bibliography.Publication p)
    {
        var fields = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                fields.Add($"{name}={value}");
            }
        }
        Add("container", p.Container);
        Add("publisher", p.Publisher);
        Add("volume", p.Volume);
        Add("issue", p.Issue);
        Add("pages", p.Pages);
        Add("doi", p.Doi);
        Add("published", p.Published is { Month: not null } published ? published : null);
        Add("received", p.Received);
        Add("accepted", p.Accepted);
        return string.Join("; ", fields);
    }

    private static void WriteBlock(StringBuilder text, int depth, Block block, bool fullText)
    {
        switch (block)
        {
            case Paragraph paragraph:
                var kind = paragraph.IsListItem ? "item" : "paragraph";
                var language = paragraph.Language is null ? "" : $" [{paragraph.Language}]";
                var markers = paragraph.Markers.Count == 0 ? "" : " markers=" + string.Join(",", paragraph.Markers.Select(m => m.Number));
                Line(text, depth, $"{kind} #{paragraph.Anchor}{language}{markers}: {Clip(paragraph.Text, fullText)}");
                break;
            case Table table:
                Line(text, depth, $"table #{table.Anchor} {table.Number}: {table.Caption}");
                foreach (var row in table.Rows)
                {
                    Line(text, depth + 1, "| " + string.Join(" | ", row) + " |");
                }
                if (table.SourceNote is not null)
                {
                    Line(text, depth + 1, $"source: {table.SourceNote}");
                }
                break;
        }
    }

    private static string Describe(Citation citation) => citation switch
    {
        ArchivalCitation a => $"archival {a.Key}{(a.Folio is { } folio ? $" folio={folio}" : "")} date={a.Date ?? "-"} in #{a.Location.Anchor}: {a.Raw}",
        AuthorYearCitation a => $"author-year {string.Join(" & ", a.Authors)} {a.Year}{(a.Page is null ? "" : $" p.{a.Page}")} in #{a.Location.Anchor}",
        BibliographicCitation b => $"bibliographic fn{b.FootnoteNumber}{(b.Authors.Count == 0 ? "" : " " + string.Join(" & ", b.Authors))}{(b.RefersTo is { } r ? $" -> fn{r}" : "")}{(b.Title is null ? "" : $" \"{b.Title}\"")}",
        _ => citation.Raw,
    };

    private static string Clip(string value, bool full) => full || value.Length <= 80 ? value : value[..77] + "...";

    private static void Line(StringBuilder text, int depth, string value) => text.Append(' ', depth * 2).Append(value).Append('\n');
}
